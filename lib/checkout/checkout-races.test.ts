// Randomized races (issue 10): fast-check generates schedules of reserve / pay / abandon / expire / sweep / webhook
// delivery (duplicated, reordered, dropped) across three holders and one or two app instances; each runs against the
// real checkout code and a real PostgreSQL, with an in-memory Stripe model (FakeStripe) in Stripe's place, and must
// end in the checkout invariants. The negative control runs the same schedules through the naive reserve path and
// must be caught. `bench:chaos` runs many more. PostgreSQL only (PGlite cannot race).
import { readFile } from "node:fs/promises";
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getDb } from "../db";
import { FakeStripe } from "../testing/fake-stripe";
import { closeScheduleHarness, createScheduleStock, runCheckoutSchedule, scheduleArbitrary } from "../testing/run-checkout-schedule";

const isPostgres = process.env.TEST_DATABASE_KIND === "postgres";
// npm test runs RUNS fresh schedules (a new seed each time) in BATCHES fast-check runs side by side; a failure
// names the seed to replay it (RACE_SEED, with the same RACE_RUNS and RACE_BATCHES). `bench:chaos` runs many more,
// printing progress every RACE_PROGRESS schedules so a slowdown as the database grows would show.
const RUNS = Number(process.env.RACE_RUNS ?? 10_000);
const BATCHES = Number(process.env.RACE_BATCHES ?? 8);
const SEED = Number(process.env.RACE_SEED ?? Date.now());
const PROGRESS = Number(process.env.RACE_PROGRESS ?? 0);

const fake = vi.hoisted(() => ({ current: undefined as unknown as import("../testing/fake-stripe").FakeStripe }));
vi.mock("../stripe/create-ticket-checkout-session", () => ({
  createTicketCheckoutSession: (input: { holdId: string; lines: { quantity: number }[] }) =>
    Promise.resolve().then(() => fake.current.toStripe(fake.current.create(input.holdId, input.lines.reduce((sum, line) => sum + line.quantity, 0)))),
}));
vi.mock("../stripe/expire-checkout-session", () => ({
  expireCheckoutSession: (id: string) =>
    Promise.resolve().then(() => {
      const outcome = fake.current.expire(id);
      if (outcome === "complete") return { state: "complete", session: fake.current.toStripe(fake.current.sessions.get(id)!) };
      return { state: "expired" };
    }),
}));
vi.mock("../stripe/retrieve-checkout-session", () => ({
  retrieveCheckoutSession: (id: string) =>
    Promise.resolve().then(() => {
      const session = fake.current.sessions.get(id);
      if (!session) throw Object.assign(new Error("No such checkout.session"), { code: "resource_missing" });
      return fake.current.toStripe(session);
    }),
}));
vi.mock("../stripe/list-hold-checkout-sessions", () => ({
  listHoldCheckoutSessions: ({ holdId }: { holdId: string }) =>
    Promise.resolve(fake.current.sessionsOfHold(holdId).map((s) => fake.current.toStripe(s))),
}));
vi.mock("../stripe/get-stripe", () => ({
  isStripeEmulated: () => true,
  getPublishableKey: () => "pk_test_fake",
  getStripe: () => ({
    checkout: {
      sessions: {
        list: () => ({
          [Symbol.asyncIterator]() {
            const sessions = fake.current.listed().map((session) => fake.current.toStripe(session));
            return (async function* () {
              for (const session of sessions) yield await Promise.resolve(session);
            })();
          },
        }),
      },
    },
  }),
}));

async function createStockSource() {
  const event = await getDb().event.create({
    data: { slug: `race-${crypto.randomUUID()}`, name: "Race", venue: "Hall", startsAt: new Date(Date.now() + 86_400_000), description: "" },
  });
  const product = await getDb().catalogProduct.create({ data: { id: `prod_race_${crypto.randomUUID()}`, name: "Race ticket" } });
  const price = await getDb().catalogPrice.create({ data: { id: `price_race_${crypto.randomUUID()}`, productId: product.id, currency: "eur", unitAmount: 1000, type: "one_time" } });
  return { eventId: event.id, priceId: price.id };
}

// The sweeper and reconciler log every action; thousands of schedules would drown the report. Plain no-ops, not
// spies: a spy keeps every call's arguments for the whole run.
function silenceConsole(): () => void {
  const { log, error } = console;
  console.log = () => {};
  console.error = () => {};
  return () => Object.assign(console, { log, error });
}

/**
 * CPU time of this test database's PostgreSQL backends so far, in seconds (from /proc: the server runs on this
 * machine in CI); null where that cannot be read. Backends that ended are not counted, so the pool's live
 * connections are read at the start and the end of the run.
 */
async function readDatabaseCpuSeconds(): Promise<number | null> {
  const backends = await getDb().$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`;
  let ticks = 0;
  try {
    for (const { pid } of backends) {
      const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return null;
  }
  return ticks / 100;
}

describe.skipIf(!isPostgres)("randomized checkout races (PostgreSQL)", () => {
  afterAll(closeScheduleHarness);

  it(`${RUNS} random schedules across holders and instances keep every invariant`, { timeout: 3_600_000 }, async () => {
    fake.current = new FakeStripe();
    const source = await createStockSource();
    const takeStock = createScheduleStock(source);
    const restoreConsole = silenceConsole();
    const started = Date.now();
    const cpuBefore = process.cpuUsage();
    const databaseCpuBefore = await readDatabaseCpuSeconds();
    let schedules = 0;
    let steps = 0;
    let lap = { at: started, schedules: 0 };
    const property = fc.asyncProperty(scheduleArbitrary, async (schedule) => {
      const ticketTypeId = await takeStock();
      const broken = await runCheckoutSchedule(schedule, { fake: fake.current, ticketTypeId });
      schedules++;
      steps += schedule.length;
      if (PROGRESS && schedules % PROGRESS === 0) {
        const now = Date.now();
        console.warn(`races: ${schedules} schedules, last ${schedules - lap.schedules} at ${(((schedules - lap.schedules) * 1000) / (now - lap.at)).toFixed(1)} schedules/s`);
        lap = { at: now, schedules };
      }
      if (broken.length > 0) throw new Error(`broken invariants: ${broken.join("; ")}`);
    });
    // CI-sized batches, side by side: the schedules of one batch run one after another, so the database work of
    // several batches overlaps (and their sweepers meet each other's holds, as instances do).
    const runBatch = (batch: number) =>
      fc.assert(property, { numRuns: Math.ceil(RUNS / BATCHES), seed: SEED + batch, endOnFailure: true }).catch((error: unknown) => {
        throw new Error(`batch ${batch} failed; replay with RACE_SEED=${SEED} RACE_RUNS=${RUNS} RACE_BATCHES=${BATCHES}\n${(error as Error).message}`);
      });
    await Promise.all(Array.from({ length: BATCHES }, (_, batch) => runBatch(batch)));
    const seconds = (Date.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const databaseCpuAfter = await readDatabaseCpuSeconds();
    restoreConsole();
    const holds = await getDb().hold.groupBy({ by: ["status"], where: { lines: { some: { ticketType: { eventId: source.eventId } } } }, _count: true });
    const orders = await getDb().order.groupBy({ by: ["status"], _count: true });
    const paid = [...fake.current.sessions.values()].filter((session) => session.paymentStatus === "paid").length;
    console.log(
      `races: ${schedules} schedules, ${steps} steps in ${seconds.toFixed(1)} s (${(schedules / seconds).toFixed(1)} schedules/s, ` +
        `CPU each: ${((cpu.user + cpu.system) / 1000 / schedules).toFixed(1)} ms this process, ` +
        `${databaseCpuBefore === null || databaseCpuAfter === null ? "n/a" : `${(((databaseCpuAfter - databaseCpuBefore) * 1000) / schedules).toFixed(1)} ms`} PostgreSQL; seed ${SEED}); ` +
        `${fake.current.sessions.size} sessions, ${paid} paid; holds ${holds.map((h) => `${h.status} ${h._count}`).join(", ")}; ` +
        `orders ${orders.map((o) => `${o.status} ${o._count}`).join(", ")}; every invariant held`,
    );
    expect(schedules).toBeGreaterThanOrEqual(RUNS);
  });

  it("negative control: the same schedules through the naive reserve path are caught overselling", { timeout: 300_000 }, async () => {
    fake.current = new FakeStripe();
    const takeStock = createScheduleStock(await createStockSource(), { batch: 8 });
    const restoreConsole = silenceConsole();
    const result = await fc.check(
      fc.asyncProperty(scheduleArbitrary, async (schedule) => {
        const ticketTypeId = await takeStock();
        const broken = await runCheckoutSchedule(schedule, { fake: fake.current, ticketTypeId, path: "naive" });
        if (broken.length > 0) throw new Error(broken.join("; "));
      }),
      { numRuns: 500, endOnFailure: true },
    );
    restoreConsole();
    console.log(`negative control: caught after ${result.numRuns} schedules: ${String(result.errorInstance).slice(0, 200)}`);
    expect(result.failed).toBe(true);
  });
});
