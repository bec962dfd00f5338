// npm run bench:request-cost — app CPU per request on the flash-sale paths, a figure that does not depend on how
// busy the (shared) machine is: CPU seconds the app process used ÷ requests, phase by phase, on one production
// process with a real PostgreSQL and the emulator. Phases: Next.js's own floor (a route handler with one query,
// the navigation to a text-only page), holds (the reserve POST a browser sends, then the
// checkout page it navigates to, counted apart), refusals of a sold-out type without and with watchers on the
// event's live stock feed, and changes fanned out to those watchers. Builds nothing: run `npx next build` first.
//
// Configuration: BENCH_FLOOR_REQUESTS (500), BENCH_HOLDS (200), BENCH_REFUSALS (2000), BENCH_WATCHERS (2000), BENCH_CHANGES (20),
// BENCH_CONCURRENCY (4: low, so the figures are CPU per request, not queueing), BENCH_PORT, BENCH_EMULATOR_PORT,
// BENCH_DATABASE_URL. With BENCH_APP_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=…" each phase's profile window is
// printed for bench/summarize-profile.ts.
import { APP_PORT, cpuSecondsOfTree, fmt, percentile, runBench, runPool, startApp, stopApp } from "./lib/harness";
import { fetchCheckoutPage, makeShopper, navigateFromEventPage, postReserve, readReserveForm, type ReserveOutcome } from "./lib/sale-client";
import { connectWatchers, timeToSee, type Watcher } from "./lib/watchers";

const HOLDS = Number(process.env.BENCH_HOLDS ?? 200);
const REFUSALS = Number(process.env.BENCH_REFUSALS ?? 2000);
const WATCHERS = Number(process.env.BENCH_WATCHERS ?? 2000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const WARM_UP = 20;
const FLOOR_REQUESTS = Number(process.env.BENCH_FLOOR_REQUESTS ?? 500);

const failures: string[] = [];
const title = `bench:request-cost — app CPU per request: ${HOLDS} holds, ${REFUSALS} refusals, ${CHANGES} feed changes to ${WATCHERS} watchers, concurrency ${CONCURRENCY}`;
await runBench({ title, databasePrefix: "box_office_cost", okMessage: "every phase answered as expected", failures }, async ({ databaseUrl, emulator }) => {
  const { getDb } = await import("../lib/db");
  const { createPricedTestEvent } = await import("../lib/testing/create-priced-test-event");
  const { releaseHold } = await import("../lib/inventory/release-hold");
  const { registerWebhookEndpoint } = await import("../scripts/register-webhook-endpoint");
  const webhookSecret = await registerWebhookEndpoint(`http://127.0.0.1:${APP_PORT}/api/webhooks/stripe`);
  const app = await startApp(APP_PORT, {
    DATABASE_URL: databaseUrl,
    STRIPE_EMULATOR_URL: emulator.url,
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    APP_URL: `http://127.0.0.1:${APP_PORT}`,
    TRUST_PROXY_HEADERS: "1",
  });
  const appCpu = () => cpuSecondsOfTree(app.pid);
  const rows: { phase: string; count: number; cpu: number; bytes: number; ms: number[] }[] = [];
  const windowOf = (phase: string, from: string) => {
    const row = rows.at(-1);
    if (row) console.log(`${row.phase}: ${((row.cpu / row.count) * 1000).toFixed(2)} ms of app CPU each (${row.count})`);
    if (process.env.BENCH_APP_NODE_OPTIONS) console.log(`profile window of ${phase} (µs): ${from} ${monotonicMicros()}`);
  };

  // Warm-up on an event of its own: the first requests load and optimise code; their cost is not the steady one.
  const warm = await createPricedTestEvent([{ capacity: WARM_UP, amount: 2500 }]);
  const warmSlug = (await getDb().event.findUniqueOrThrow({ where: { id: warm.eventId }, select: { slug: true } })).slug;
  const warmForm = await readReserveForm(app.url, warmSlug);
  await runPool(WARM_UP * 2, CONCURRENCY, async (index) => {
    const outcome = await postReserve(app.url, warmForm, makeShopper(1_000_000 + index), warm.ticketTypeIds[0]!);
    if (outcome.kind === "hold" && outcome.checkoutPath) await fetchCheckoutPage(app.url, warmForm, outcome);
  });

  const { eventId, ticketTypeIds } = await createPricedTestEvent([{ capacity: HOLDS, amount: 2500 }]);
  const ticketTypeId = ticketTypeIds[0]!;
  const { slug } = await getDb().event.findUniqueOrThrow({ where: { id: eventId }, select: { slug: true } });
  const form = await readReserveForm(app.url, slug);

  // 0. What Next.js itself costs on this machine, for scale: a route handler with one query (/api is outside
  // proxy.ts, as the webhook is), and the navigation to a page with nothing but text under the shop layout
  // (through proxy.ts, as the reserve action and the checkout page are): what those cost besides their own work.
  await measureFloor("floor: /api route, 1 query", async () => {
    const response = await fetch(`${app.url}/api/health`);
    return { ok: response.ok, bytes: (await response.arrayBuffer()).byteLength };
  });
  await measureFloor("floor: navigate to /terms (text)", async (index) => {
    const page = await navigateFromEventPage(app.url, form, "/terms", makeShopper(2_000_000 + Math.abs(index)));
    return { ok: page.status === 200, bytes: page.bytes };
  });

  // 1. Holds: every shopper gets one seat (HOLDS seats, HOLDS shoppers).
  const holds: ReserveOutcome[] = [];
  let from = monotonicMicros();
  let before = appCpu();
  await runPool(HOLDS, CONCURRENCY, async (index) => {
    holds.push(await postReserve(app.url, form, makeShopper(index), ticketTypeId));
  });
  rows.push({ phase: "hold (reserve action)", count: HOLDS, cpu: appCpu() - before, bytes: sum(holds.map((o) => o.bytes)), ms: holds.map((o) => o.ms) });
  windowOf("holds", from);
  const held = holds.filter((o) => o.kind === "hold");
  if (held.length !== HOLDS) failures.push(`holds: ${held.length} of ${HOLDS} held (${describe(holds)})`);

  // 1b. The checkout page each held shopper's browser then shows (when the action answers without rendering it).
  const withPage = held.filter((o) => o.checkoutPath);
  if (withPage.length > 0) {
    const pages: { ms: number; bytes: number; ok: boolean }[] = [];
    from = monotonicMicros();
    before = appCpu();
    await runPool(withPage.length, CONCURRENCY, async (index) => {
      pages.push(await fetchCheckoutPage(app.url, form, withPage[index]!));
    });
    rows.push({ phase: "checkout page (after the hold)", count: withPage.length, cpu: appCpu() - before, bytes: sum(pages.map((p) => p.bytes)), ms: pages.map((p) => p.ms) });
    windowOf("checkout pages", from);
    const bad = pages.filter((p) => !p.ok).length;
    if (bad) failures.push(`checkout page: ${bad} of ${pages.length} did not show the checkout`);
  }

  // 2. Refusals of the sold-out type, with no watcher (this process learns "sold out" from a reserve answer).
  await refusals("refusal, no watchers", HOLDS);

  // 3. The same with WATCHERS connected (the database pushes stock to this process).
  let watchers: Watcher[] = [];
  if (WATCHERS > 0) {
    before = appCpu();
    watchers = await connectWatchers([app.url], eventId, WATCHERS);
    rows.push({ phase: `feed: connect a watcher`, count: WATCHERS, cpu: appCpu() - before, bytes: 0, ms: [] });
    await refusals(`refusal, ${WATCHERS} watchers`, HOLDS + 100_000);

    // 4. Changes: release one hold at a time and wait until every watcher has seen it (idle cost subtracted).
    const idleBefore = appCpu();
    await sleep(2000);
    const idlePerSecond = (appCpu() - idleBefore) / 2;
    const toRelease = await getDb().hold.findMany({ where: { status: "active", lines: { some: { ticketTypeId } } }, take: CHANGES, select: { id: true } });
    const latencies: number[] = [];
    from = monotonicMicros();
    before = appCpu();
    const started = performance.now();
    for (const [index, hold] of toRelease.entries()) {
      const seen = timeToSee(watchers, ticketTypeId, index + 1, performance.now());
      await releaseHold({ holdId: hold.id, reason: "bench_probe" });
      latencies.push(...(await seen));
    }
    const cpu = appCpu() - before - idlePerSecond * ((performance.now() - started) / 1000);
    rows.push({ phase: `feed: change to ${WATCHERS} watchers`, count: toRelease.length, cpu, bytes: 0, ms: [] });
    windowOf("feed changes", from);
    latencies.sort((a, b) => a - b);
    const missed = latencies.filter((ms) => !Number.isFinite(ms)).length;
    console.log(`feed: change → every watcher p50 ${fmt(percentile(latencies, 50))} ms, p99 ${fmt(percentile(latencies, 99))} ms${missed ? `, ${missed} MISSED` : ""}`);
    if (missed) failures.push(`feed: ${missed} deliveries missed`);
    for (const watcher of watchers) watcher.close();
  }

  console.log("\nphase                                  count   app CPU s   ms CPU each   bytes each   latency p50/p99 ms");
  for (const row of rows) printRow(row);
  await stopApp(app);

  function printRow(row: (typeof rows)[number]) {
    const sorted = [...row.ms].sort((a, b) => a - b);
    console.log(
      [
        row.phase.padEnd(36),
        String(row.count).padStart(7),
        row.cpu.toFixed(2).padStart(11),
        ((row.cpu / row.count) * 1000).toFixed(2).padStart(13),
        (row.bytes ? String(Math.round(row.bytes / row.count)) : "").padStart(12),
        (sorted.length ? `${fmt(percentile(sorted, 50))}/${fmt(percentile(sorted, 99))}` : "").padStart(20),
      ].join(" "),
    );
  }

  async function measureFloor(phase: string, request: (index: number) => Promise<{ ok: boolean; bytes: number }>) {
    await runPool(WARM_UP, CONCURRENCY, async (index) => void (await request(-1 - index)));
    const answers: { ok: boolean; bytes: number; ms: number }[] = [];
    const started = monotonicMicros();
    const cpuBefore = appCpu();
    await runPool(FLOOR_REQUESTS, CONCURRENCY, async (index) => {
      const t0 = performance.now();
      const answer = await request(index);
      answers.push({ ...answer, ms: performance.now() - t0 });
    });
    rows.push({ phase, count: FLOOR_REQUESTS, cpu: appCpu() - cpuBefore, bytes: sum(answers.map((a) => a.bytes)), ms: answers.map((a) => a.ms) });
    windowOf(phase, started);
    const bad = answers.filter((a) => !a.ok).length;
    if (bad) failures.push(`${phase}: ${bad} of ${FLOOR_REQUESTS} failed`);
  }

  async function refusals(phase: string, firstShopper: number) {
    const outcomes: ReserveOutcome[] = [];
    const started = monotonicMicros();
    const cpuBefore = appCpu();
    await runPool(REFUSALS, CONCURRENCY, async (index) => {
      outcomes.push(await postReserve(app.url, form, makeShopper(firstShopper + index), ticketTypeId));
    });
    rows.push({ phase, count: REFUSALS, cpu: appCpu() - cpuBefore, bytes: sum(outcomes.map((o) => o.bytes)), ms: outcomes.map((o) => o.ms) });
    windowOf(phase, started);
    const refused = outcomes.filter((o) => o.kind === "refusal").length;
    if (refused !== REFUSALS) failures.push(`${phase}: ${refused} of ${REFUSALS} refused as sold out (${describe(outcomes)})`);
  }
});

function describe(outcomes: ReserveOutcome[]): string {
  const kinds = new Map<string, number>();
  for (const o of outcomes) kinds.set(o.detail, (kinds.get(o.detail) ?? 0) + 1);
  return [...kinds].map(([kind, n]) => `${kind} ×${n}`).join(", ");
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// The clock V8's CPU profiles use (CLOCK_MONOTONIC), so a profile can be cut to one phase.
function monotonicMicros(): string {
  return (process.hrtime.bigint() / 1000n).toString();
}
