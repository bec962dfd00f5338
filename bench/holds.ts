// npm run bench:holds — reserve throughput and latency of the app's path (reserveSeats through Prisma) against
// a raw-SQL single-statement hold on the same schema, database and pool size, at 16 and 64 concurrent callers.
// Needs a real PostgreSQL: BENCH_DATABASE_URL (a server URL; it creates and drops a database of its own there),
// else TEST_DATABASE_URL, else the local server. It creates and
// drops a database of its own. Targets: app ≥ 50% of the raw reference; app p99 ≤ 50 ms at 16 callers.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "../lib/apply-migrations";
import { closeDatabase, getDatabase, getDb } from "../lib/db";
import { reserveSeats } from "../lib/inventory/reserve-seats";
import { createTestEvent } from "../lib/testing/create-test-event";

const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SEATS_PER_RUN = 60_000;
const POOL_SIZE = 20;

const RAW_HOLD = `
WITH picked AS (
  SELECT id FROM seat WHERE ticket_type_id = $1 AND status = 'available' LIMIT $2 FOR UPDATE SKIP LOCKED
), new_hold AS (
  INSERT INTO hold (holder_id, expires_at)
  SELECT $3, now() + interval '10 minutes' WHERE (SELECT count(*) FROM picked) = $2
  RETURNING id
), line AS (
  INSERT INTO hold_line (hold_id, ticket_type_id, quantity) SELECT id, $1, $2 FROM new_hold
)
UPDATE seat SET status = 'held', hold_id = (SELECT id FROM new_hold)
WHERE id IN (SELECT id FROM picked) AND EXISTS (SELECT 1 FROM new_hold)
RETURNING id`;

type Result = { name: string; callers: number; ops: number; perSecond: number; p50: number; p99: number; held: number };

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function run(name: string, callers: number, reserve: (holder: string) => Promise<boolean>, ticketTypeId: string): Promise<Result> {
  const latencies: number[] = [];
  let ops = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: callers }, async (_, caller) => {
      for (let i = 0; Date.now() < deadline; i++) {
        const t0 = performance.now();
        if (await reserve(`${name}-${caller}-${i}`)) ops++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const held = await getDb().seat.count({ where: { ticketTypeId, status: "held" } });
  return { name, callers, ops, perSecond: ops / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), held };
}

const dbName = `box_office_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
admin.on("error", (error) => console.error("admin connection:", error.message));
await admin.connect();
await admin.query(`CREATE DATABASE "${dbName}"`);
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;
process.env.DATABASE_URL = url.toString();

// Opened here so `finally` can close it: the DROP … WITH (FORCE) below ends every connection still open to the
// database, and an idle pool connection ended that way is an 'error' event — without a listener, a crash (exit 1).
const raw = new pg.Pool({ connectionString: url.toString(), max: POOL_SIZE });
raw.on("error", (error) => console.error("raw pool:", error.message));
try {
  await applyMigrations(getDatabase());
  const results: Result[] = [];
  for (const callers of [16, 64]) {
    const { ticketTypeIds: [appType, rawType] } = await createTestEvent([SEATS_PER_RUN, SEATS_PER_RUN]);
    const limits = { maxActiveHolds: 100, maxSeatsPerOrder: 10, holdSeconds: 600 };
    // Warm both paths (connections, plans) before measuring.
    await Promise.all(Array.from({ length: callers }, (_, i) => reserveSeats({ holderId: `warm-${i}`, items: [{ ticketTypeId: appType!, quantity: 1 }] }, limits)));
    await Promise.all(Array.from({ length: callers }, (_, i) => raw.query(RAW_HOLD, [rawType, 1, `warm-${i}`])));
    const warmed = callers;
    const app = await run("app", callers, async (holder) => {
      await reserveSeats({ holderId: holder, items: [{ ticketTypeId: appType!, quantity: 1 }] }, limits);
      return true;
    }, appType!);
    const reference = await run("raw-sql", callers, async (holder) => (await raw.query(RAW_HOLD, [rawType, 1, holder])).rowCount === 1, rawType!);
    for (const result of [app, reference]) {
      if (result.held !== result.ops + warmed) throw new Error(`${result.name}: ${result.held} seats held for ${result.ops + warmed} holds — oversell or lost hold`);
      results.push(result);
    }
  }
  console.log(`\nreserve throughput, ${SECONDS}s per run, pool ${POOL_SIZE}, one seat per hold (PostgreSQL)\n`);
  console.log("path      callers   holds/s    p50 ms   p99 ms");
  for (const r of results) {
    console.log(`${r.name.padEnd(9)} ${String(r.callers).padStart(7)} ${r.perSecond.toFixed(0).padStart(9)} ${r.p50.toFixed(1).padStart(9)} ${r.p99.toFixed(1).padStart(8)}`);
  }
  console.log("");
  for (const callers of [16, 64]) {
    const app = results.find((r) => r.name === "app" && r.callers === callers)!;
    const ref = results.find((r) => r.name === "raw-sql" && r.callers === callers)!;
    const ratio = app.perSecond / ref.perSecond;
    console.log(`${callers} callers: app/raw = ${(ratio * 100).toFixed(0)}% (target ≥ 50%) ${ratio >= 0.5 ? "ok" : "MISSED"}`);
  }
  const app16 = results.find((r) => r.name === "app" && r.callers === 16)!;
  console.log(`app p99 at 16 callers = ${app16.p99.toFixed(1)} ms (target ≤ 50 ms) ${app16.p99 <= 50 ? "ok" : "MISSED"}`);
  console.log("oversell check: seats held = successful holds in every run: ok");
} finally {
  // Close our own connections before the database is dropped under them.
  await raw.end().catch(() => undefined);
  await closeDatabase();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
}
