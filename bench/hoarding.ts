// npm run bench:hoarding — a hoarding script against 500 honest shoppers, through the app's own checkout path
// (startCheckout: address limits, rate limit, Checkout Sessions on the Stripe emulator) on a real PostgreSQL.
// The hoarder drops its cookie on every request (a new holder each time) from one address and fires as fast as it
// can; the shoppers each come from their own address, hold 1–2 seats, pay, and get tickets. Shows the hoarder held
// to its allowance while every honest shopper buys. Needs a PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL,
// else the local server; it creates and drops a database of its own, and runs an emulator in this process.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmulator } from "../emulator/start-emulator";

const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const CAPACITY = 730;
const HOARDER_ATTEMPTS = Number(process.env.HOARDER_ATTEMPTS ?? 300);
const SHOPPERS = Number(process.env.SHOPPERS ?? 500);

const dbName = `box_office_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${dbName}"`);
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "box-office-hoarding-"));
const emulator = await startEmulator({ port: 0, dataDir, retrySchedule: [1] });
Object.assign(process.env, { DATABASE_URL: url.toString(), STRIPE_EMULATOR_URL: emulator.url, STRIPE_WEBHOOK_SECRET: "whsec_bench", SWEEP_INTERVAL_SECONDS: "0" });
delete process.env.STRIPE_SECRET_KEY;

// Imported after the configuration is in place: the app reads it once.
const { applyMigrations } = await import("../lib/apply-migrations");
const { closeDatabase, getDatabase, getDb } = await import("../lib/db");
const { getEnv } = await import("../lib/env");
const { isAppError } = await import("../lib/errors");
const { startCheckout } = await import("../lib/checkout/start-checkout");
const { fulfillOrder } = await import("../lib/orders/fulfill-order");
const { getAvailability } = await import("../lib/inventory");
const { createPricedTestEvent } = await import("../lib/testing/create-priced-test-event");

try {
  await applyMigrations(getDatabase());
  const env = getEnv();
  const { ticketTypeIds } = await createPricedTestEvent([{ capacity: CAPACITY, amount: 4500 }]);
  const ticketTypeId = ticketTypeIds[0]!;

  // The hoarder: one address, a fresh cookie per request, 6 seats a time, all at once.
  const refusals = new Map<string, number>();
  let hoarderHolds = 0;
  const hoardStarted = performance.now();
  await Promise.all(
    Array.from({ length: HOARDER_ATTEMPTS }, async () => {
      try {
        await startCheckout({ holderId: crypto.randomUUID(), clientKey: "203.0.113.66", items: [{ ticketTypeId, quantity: env.MAX_SEATS_PER_ORDER }], uiMode: "hosted" });
        hoarderHolds++;
      } catch (error) {
        const kind = isAppError(error) ? (typeof error.details.kind === "string" ? error.details.kind : error.code) : "error";
        refusals.set(kind, (refusals.get(kind) ?? 0) + 1);
      }
    }),
  );
  const hoardSeconds = (performance.now() - hoardStarted) / 1000;
  const hoarderSeats = await getDb().hold.findMany({ where: { clientKey: "203.0.113.66", status: "active" }, include: { lines: true } });
  const hoarderSessions = hoarderSeats.filter((hold) => hold.checkoutSessionId).length;
  const seatsHoarded = hoarderSeats.reduce((sum, hold) => sum + hold.lines.reduce((s, l) => s + l.quantity, 0), 0);

  // 500 honest shoppers, each from its own address, 25 at a time: hold 1 or 2 seats, pay, get tickets.
  let bought = 0;
  let ticketsIssued = 0;
  const failures = new Map<string, number>();
  const latencies: number[] = [];
  const shopStarted = performance.now();
  const queue = Array.from({ length: SHOPPERS }, (_, i) => i);
  await Promise.all(
    Array.from({ length: 25 }, async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        const quantity = i % 4 === 0 ? 2 : 1;
        const t0 = performance.now();
        try {
          const address = `198.51.${Math.floor(i / 250)}.${i % 250}`;
          const { holdId } = await startCheckout({ holderId: crypto.randomUUID(), clientKey: address, items: [{ ticketTypeId, quantity }], uiMode: "hosted" });
          latencies.push(performance.now() - t0);
          const hold = await getDb().hold.findUniqueOrThrow({ where: { id: holdId } });
          const response = await fetch(`${emulator.url}/_emulator/checkout/sessions/${hold.checkoutSessionId}/complete`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ email: `shopper${i}@example.com` }),
          });
          if (!response.ok) throw new Error(`payment refused: ${response.status}`);
          const result = await fulfillOrder({ checkoutSessionId: hold.checkoutSessionId! });
          if (result.state !== "fulfilled") throw new Error(result.state);
          bought++;
          ticketsIssued += quantity;
        } catch (error) {
          const kind = isAppError(error) ? (typeof error.details.kind === "string" ? error.details.kind : error.code) : (error as Error).message;
          failures.set(kind, (failures.get(kind) ?? 0) + 1);
        }
      }
    }),
  );
  const shopSeconds = (performance.now() - shopStarted) / 1000;
  latencies.sort((a, b) => a - b);
  const stock = (await getAvailability({ ticketTypeIds: [ticketTypeId] })).get(ticketTypeId)!;

  console.log(`\nbench:hoarding — ${CAPACITY} seats; limits: ${env.MAX_SEATS_PER_CLIENT_PER_EVENT} seats per address per event, ${env.RESERVE_RATE_LIMIT} reserves per address per ${env.RESERVE_RATE_WINDOW_SECONDS} s, ${env.MAX_SEATS_PER_ORDER} per order`);
  console.log(`hoarder (1 address, new cookie each time): ${HOARDER_ATTEMPTS} attempts in ${hoardSeconds.toFixed(1)} s → ${hoarderHolds} holds, ${seatsHoarded} seats, ${hoarderSessions} Checkout Sessions`);
  console.log(`  refused: ${[...refusals].map(([kind, n]) => `${kind} ${n}`).join(", ")}`);
  console.log(`honest shoppers (${SHOPPERS} addresses): ${bought} bought, ${ticketsIssued} tickets in ${shopSeconds.toFixed(1)} s; reserve p50 ${latencies[Math.floor(latencies.length / 2)]?.toFixed(0)} ms, p99 ${latencies[Math.floor(latencies.length * 0.99)]?.toFixed(0)} ms`);
  if (failures.size) console.log(`  failed: ${[...failures].map(([kind, n]) => `${kind} ${n}`).join(", ")}`);
  console.log(`stock: sold ${stock.sold}, held ${stock.held}, available ${stock.available} (capacity ${stock.capacity})`);
  const isHeldToAllowance = seatsHoarded <= env.MAX_SEATS_PER_CLIENT_PER_EVENT && bought === SHOPPERS;
  console.log(isHeldToAllowance ? "PASS: the hoarder was held to its allowance and every honest shopper bought" : "FAIL");
  process.exitCode = isHeldToAllowance ? 0 : 1;
} finally {
  await closeDatabase();
  await emulator.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
}
