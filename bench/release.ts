// npm run bench:release — how soon a hold's seats go back on sale after the hold ends, with the default sweeper
// configuration, on one and on two app processes (production build) sharing one PostgreSQL. Shoppers reserve
// through the browser's server-action POST (spread over a few seconds, round robin over the processes); holds
// last BENCH_HOLD_SECONDS (15). Release latency = released_at − expires_at, both on the database's clock.
// Goal: p99 ≤ 2 s, without polling between hold ends. Configuration: BENCH_DATABASE_URL (else TEST_DATABASE_URL,
// else local), BENCH_HOLDS (60), BENCH_PORT (4170), BENCH_EMULATOR_PORT (12470). Builds nothing.
import pg from "pg";
import { APP_PORT, fmt, percentile, runBench, runPool, startApp, stopApp, type AppServer } from "./lib/harness";
import { makeShopper, postReserve, readReserveForm } from "./lib/sale-client";

const HOLDS = Number(process.env.BENCH_HOLDS ?? 60);
const HOLD_SECONDS = Number(process.env.BENCH_HOLD_SECONDS ?? 15);
const failures: string[] = [];

const title = `bench:release — ${HOLDS} holds of ${HOLD_SECONDS} s, default sweeper settings`;
await runBench({ title, databasePrefix: "box_office_release", okMessage: "checks held (every hold released, every seat back on sale)", failures }, async ({ databaseUrl, emulator }) => {
  const { getDb } = await import("../lib/db");
  const { createPricedTestEvent } = await import("../lib/testing/create-priced-test-event");
  const { registerWebhookEndpoint } = await import("../scripts/register-webhook-endpoint");
  const webhookSecret = await registerWebhookEndpoint(`http://127.0.0.1:${APP_PORT}/api/webhooks/stripe`);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  pool.on("error", () => undefined);

  for (const processes of [1, 2]) {
    const apps: AppServer[] = [];
    for (let i = 0; i < processes; i++) {
      apps.push(
        await startApp(APP_PORT + i, {
          DATABASE_URL: databaseUrl,
          STRIPE_EMULATOR_URL: emulator.url,
          STRIPE_WEBHOOK_SECRET: webhookSecret,
          APP_URL: `http://127.0.0.1:${APP_PORT + i}`,
          TRUST_PROXY_HEADERS: "1",
          HOLD_MINUTES: String(HOLD_SECONDS / 60),
        }),
      );
    }
    const { eventId, ticketTypeIds: [ticketTypeId] } = await createPricedTestEvent([{ capacity: HOLDS, amount: 2500 }]);
    const { slug } = await getDb().event.findUniqueOrThrow({ where: { id: eventId }, select: { slug: true } });
    const forms = await Promise.all(apps.map((app) => readReserveForm(app.url, slug)));
    let made = 0;
    // Spread over ~5 s so hold ends are spread too (a sweeper that only polled would show it).
    await runPool(HOLDS, 4, async (index) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5000 * (4 / HOLDS) * 4));
      const app = index % apps.length;
      const outcome = await postReserve(apps[app]!.url, forms[app]!, makeShopper(processes * 100_000 + index), ticketTypeId!);
      if (outcome.kind === "hold") made++;
      else failures.push(`${processes}p: reserve ${index} failed: ${outcome.detail}`);
    });
    // Wait until every hold has ended and been released (or 60 s past the last end).
    const deadline = Date.now() + (HOLD_SECONDS + 60) * 1000;
    let rows: { latency_ms: number | null }[] = [];
    while (Date.now() < deadline) {
      ({ rows } = await pool.query<{ latency_ms: number | null }>(
        `SELECT extract(epoch FROM h.released_at - h.expires_at) * 1000 AS latency_ms FROM hold h JOIN hold_line l ON l.hold_id = h.id
          WHERE l.ticket_type_id = $1`,
        [ticketTypeId],
      ));
      if (rows.length === made && rows.every((r) => r.latency_ms !== null)) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const latencies = rows.map((r) => (r.latency_ms === null ? Infinity : Number(r.latency_ms))).sort((a, b) => a - b);
    const p99 = percentile(latencies, 99);
    const unreleased = latencies.filter((ms) => !Number.isFinite(ms)).length;
    console.log(
      `${processes} process(es): ${made} holds; release after hold end p50 ${fmt(percentile(latencies, 50))} ms, p99 ${fmt(p99)} ms, max ${fmt(latencies.at(-1) ?? 0)} ms${unreleased ? `, ${unreleased} NOT released` : ""} — goal p99 ≤ 2000 ms: ${p99 <= 2000 ? "met" : "MISSED"}`,
    );
    const { rows: [stock] } = await pool.query<{ held: number }>(`SELECT count(*)::int AS held FROM seat WHERE ticket_type_id = $1 AND status <> 'available'`, [ticketTypeId]);
    if (stock?.held !== 0) failures.push(`${processes}p: ${stock?.held} seats not back on sale`);
    if (unreleased) failures.push(`${processes}p: ${unreleased} holds not released`);
    for (const app of apps) await stopApp(app);
  }
  await pool.end();
});
