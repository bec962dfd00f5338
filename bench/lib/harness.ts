// Shared plumbing of the HTTP benchmarks (bench:flash-sale, bench:release, bench:webhooks): a fresh database of
// their own on a real PostgreSQL, the Stripe emulator and production app servers as child processes (loopback
// only), CPU time of a process tree, and percentiles. Nothing here builds: `next build` must have run.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
/** Benchmarks listen from here upward (app servers), and the emulator from EMULATOR_PORT upward. */
export const APP_PORT = Number(process.env.BENCH_PORT ?? 4170);
export const EMULATOR_PORT = Number(process.env.BENCH_EMULATOR_PORT ?? 12470);

const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];

/** Refuses to run without a production build (benchmarks measure `next start`, never dev). */
export function requireProductionBuild(): void {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.error("No production build found (.next/BUILD_ID). Run `npx next build` first — the benchmark builds nothing itself.");
    process.exit(2);
  }
}

/** A fresh database on the benchmark server (dropped at the end), as a postgresql:// URL. */
export async function createBenchDatabase(prefix: string): Promise<string> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  admin.on("error", () => undefined);
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  cleanups.push(async () => {
    const dropper = new pg.Client({ connectionString: ADMIN_URL });
    dropper.on("error", () => undefined);
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await dropper.end();
  });
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `fn` at the end (LIFO), before the database is dropped. */
export function onCleanup(fn: () => Promise<void>): void {
  cleanups.push(fn);
}

function startChild(label: string, command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const out = fs.openSync(logFile, "w");
  const child = spawn(command, args, { env, stdio: ["ignore", out, out] });
  children.push(child);
  child.on("exit", (code, signal) => {
    if (!stopping && !stopped.has(child)) console.error(`${label} exited early (${code ?? signal}); see ${logFile}`);
  });
  return child;
}

let stopping = false;

/** The Stripe emulator in a process of its own (its CPU is not the app's), with a throwaway data directory. */
export async function startEmulatorProcess(port = EMULATOR_PORT): Promise<{ url: string; pid: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-emulator-"));
  cleanups.push(() => Promise.resolve(fs.rmSync(dataDir, { recursive: true, force: true })));
  const url = `http://127.0.0.1:${port}`;
  const child = startChild(
    "emulator",
    process.execPath,
    ["--import", "tsx", "emulator/main.ts"],
    { ...process.env, STRIPE_EMULATOR_URL: url, EMULATOR_DATA_DIR: dataDir, EMULATOR_WEBHOOK_RETRY_SCHEDULE: "1,2,4" },
    path.join(logDir(), `emulator-${port}.log`),
  );
  await waitFor(`${url}/v1/products?limit=1`, 30_000, { authorization: "Bearer sk_test_emulator" });
  return { url, pid: child.pid! };
}

const BENCH_AUTH_SECRET = randomBytes(32).toString("base64");

export type AppServer = { url: string; port: number; pid: number; child: ChildProcess };

/** `next start` on `port` with the given configuration; resolves once /api/health answers. */
export async function startApp(port: number, env: Record<string, string>): Promise<AppServer> {
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const child = startChild(
    `app :${port}`,
    process.execPath,
    // BENCH_APP_NODE_OPTIONS: extra node flags for the app processes only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    [...(process.env.BENCH_APP_NODE_OPTIONS?.split(" ").filter(Boolean) ?? []), nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"],
    // Production refuses to start without an auth secret; every process of a run shares this one (as it must).
    { ...process.env, NODE_ENV: "production", BETTER_AUTH_SECRET: BENCH_AUTH_SECRET, ...env },
    path.join(logDir(), `app-${port}.log`),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`, 60_000);
  return { url, port, pid: child.pid!, child };
}

/** Stops one app server (SIGTERM, then SIGKILL after 5 s). */
export async function stopApp(app: AppServer): Promise<void> {
  await stopChild(app.child);
}

const stopped = new WeakSet<ChildProcess>();

async function stopChild(child: ChildProcess): Promise<void> {
  stopped.add(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Stops every child and runs the cleanups (drops the database). */
export async function shutdown(): Promise<void> {
  stopping = true;
  await Promise.all(children.map(stopChild));
  for (const fn of cleanups.reverse()) await fn().catch((error: unknown) => console.error("cleanup:", (error as Error).message));
}

async function waitFor(url: string, timeoutMs: number, headers: Record<string, string> = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { headers, signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

let logs: string | undefined;
/** Where child processes write their output (printed at the start). */
export function logDir(): string {
  logs ??= fs.mkdtempSync(path.join(os.tmpdir(), "bench-logs-"));
  return logs;
}

/** CPU seconds (user + system) used so far by `pid` and all its descendants (Linux /proc). */
export function cpuSecondsOfTree(pid: number): number {
  const ticks = 100; // USER_HZ on Linux
  const stats = new Map<number, { ppid: number; cpu: number }>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(entry), { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / ticks });
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const queue = [pid];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    total += stats.get(current)?.cpu ?? 0;
    for (const [child, stat] of stats) if (stat.ppid === current) queue.push(child);
  }
  return total;
}

/** Nearest-rank percentile of an ascending list (0 when empty). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Runs `count` tasks with at most `concurrency` at once. */
export async function runPool(count: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      for (let index = next++; index < count; index = next++) await task(index);
    }),
  );
}

export const fmt = (ms: number) => ms.toFixed(ms < 10 ? 1 : 0);

/** One line of machine load, for the report (the machine is shared: figures are only comparable within a run). */
export function machineLoad(): string {
  const [one, five] = os.loadavg();
  return `load average ${one!.toFixed(2)} / ${five!.toFixed(2)} (1 / 5 min) on ${os.cpus().length} cores`;
}

export type BenchContext = {
  /** This run's own database (dropped at the end), with the app's migrations applied. */
  databaseUrl: string;
  emulator: { url: string; pid: number };
};

/**
 * The frame every HTTP benchmark shares: refuses to run without a production build, prints what runs and the
 * machine's load, makes a fresh database with the app's migrations and starts the emulator (the process's
 * DATABASE_URL and STRIPE_EMULATOR_URL point at them, so the app's modules imported in `body` use them), runs
 * `body`, stops every child and drops the database — then exits 1 listing `failures` (the checks `body` recorded
 * there, or its crash), or prints `okMessage`. A goal missed is printed, not failed: these machines are noisy.
 */
export async function runBench(
  options: { title: string; databasePrefix: string; okMessage: string; failures?: string[] },
  body: (context: BenchContext) => Promise<void>,
): Promise<void> {
  requireProductionBuild();
  const failures = options.failures ?? [];
  console.log(`${options.title}`);
  console.log(`machine: ${machineLoad()}; child logs in ${logDir()}`);
  const started = performance.now();
  try {
    const databaseUrl = await createBenchDatabase(options.databasePrefix);
    const emulator = await startEmulatorProcess();
    Object.assign(process.env, { DATABASE_URL: databaseUrl, STRIPE_EMULATOR_URL: emulator.url });
    delete process.env.STRIPE_SECRET_KEY;
    // The app's own modules, loaded once the configuration points at this run's database and emulator.
    const { applyMigrations } = await import("../../lib/apply-migrations");
    const { closeDatabase, getDatabase } = await import("../../lib/db");
    await applyMigrations(getDatabase());
    await body({ databaseUrl, emulator });
    console.log(`machine after: ${machineLoad()}; the run took ${((performance.now() - started) / 1000).toFixed(0)} s`);
    await closeDatabase();
  } catch (error) {
    failures.push(`benchmark failed: ${(error as Error).stack ?? String(error)}`);
  } finally {
    await shutdown();
  }
  if (failures.length > 0) {
    console.error(`\nFAILED:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`\n${options.okMessage}: ok`);
}
