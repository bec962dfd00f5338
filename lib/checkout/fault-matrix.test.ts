// The checkout fault matrix (issue 10): each cell injects one fault into the buy flow on a real PostgreSQL and the
// Stripe emulator, lets the system converge (sweeps, reconciler, redelivered webhooks) and ends in the invariants
// of checkCheckoutInvariants. PostgreSQL only: PGlite is one in-process connection and cannot drop one or race.
process.env.STRIPE_SWEEP_TIMEOUT_MS = "800";
process.env.STRIPE_RESERVE_TIMEOUT_MS = "800";

import pg from "pg";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "../db";
import { isAppError } from "../errors";
import { getAvailability, getHold, reserveSeats } from "../inventory";
import { createTicketCheckoutSession } from "../stripe/create-ticket-checkout-session";
import { checkCheckoutInvariants } from "../testing/check-checkout-invariants";
import { createPricedTestEvent } from "../testing/create-priced-test-event";
import { startTestEmulator } from "../testing/start-test-emulator";
import { receiveWebhookEvent } from "../webhooks/receive-webhook-event";
import { reconcileCheckoutSessions } from "./reconcile-checkout-sessions";
import { startCheckout } from "./start-checkout";
import { sweepExpiredHolds } from "./sweep-expired-holds";

const isPostgres = process.env.TEST_DATABASE_KIND === "postgres";

const emulator = await startTestEmulator();
let ticketTypeIds: string[] = [];

beforeEach(async () => {
  ({ ticketTypeIds } = await createPricedTestEvent([{ capacity: 12, amount: 2000 }]));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await emulator.clearFaults();
});

const id = () => ticketTypeIds[0]!;
const buy = (quantity = 2, holderId: string = crypto.randomUUID()) =>
  startCheckout({ holderId, items: [{ ticketTypeId: id(), quantity }], uiMode: "hosted" });
const stock = async () => (await getAvailability({ ticketTypeIds: [id()] })).get(id())!;
const sessionOf = async (holdId: string) => emulator.stripe.checkout.sessions.retrieve((await getHold({ holdId }))!.checkoutSessionId!);
const sessionsOfHold = async (holdId: string) => (await emulator.stripe.checkout.sessions.list({ limit: 100 })).data.filter((s) => s.metadata?.hold_id === holdId);
const endHold = (holdId: string) => getDb().$executeRaw`UPDATE hold SET expires_at = now() - interval '1 second', sweep_after = NULL WHERE id = ${holdId}::uuid`;
const deliver = async (type: string, sessionId: string) => {
  const { payload, header } = emulator.sign(await emulator.findEvent(type, sessionId));
  return receiveWebhookEvent(payload, header);
};
/** What the background jobs do over a couple of sweep intervals. */
async function converge() {
  for (let i = 0; i < 2; i++) {
    await getDb().hold.updateMany({ where: { status: "active" }, data: { sweepAfter: null } });
    await sweepExpiredHolds();
  }
}
const invariants = () => checkCheckoutInvariants({ stripe: emulator.stripe, ticketTypeIds, graceSeconds: 0 });
const isProviderError = (error: unknown) => isAppError(error, "payment_provider_error");

describe.skipIf(!isPostgres)("fault matrix (PostgreSQL + emulator)", () => {
  it("database connection dropped mid-reserve: nothing is held", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    client.on("error", () => {});
    const pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    await client.query("BEGIN");
    await client.query("SELECT * FROM reserve_seats('dropped', NULL, $1::uuid[], '{3}'::int[], 600, 6, 3, 12, 10, 60)", [[id()]]);
    await getDb().$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    await client.end().catch(() => {});
    expect(await stock()).toMatchObject({ held: 0, available: 12 });
    await invariants();
  });

  describe.each([
    ["500", { fault: "error", status: 500 }],
    ["429", { fault: "rate_limit" }],
    ["timeout", { fault: "timeout" }],
  ])("Stripe %s", (_label, fault) => {
    it("on create: the shopper is told, no seat stays held, no session stays payable", async () => {
      await emulator.addFault({ kind: "api", method: "POST", path: "/v1/checkout/sessions", ...fault });
      const holderId = crypto.randomUUID();
      await expect(buy(2, holderId)).rejects.toSatisfy(isProviderError);
      await emulator.clearFaults();
      await converge();
      const hold = await getDb().hold.findFirst({ where: { holderId } });
      if (hold) expect((await sessionsOfHold(hold.id)).filter((s) => s.status === "open")).toEqual([]);
      expect(await stock()).toMatchObject({ held: 0, available: 12 });
      await invariants();
    });

    it("on expire: the seats stay held while the session is payable, and are released once Stripe answers", async () => {
      const { holdId } = await buy(2);
      const session = await sessionOf(holdId);
      await endHold(holdId);
      await emulator.addFault({ kind: "api", method: "POST", path: `/v1/checkout/sessions/${session.id}/expire`, ...fault });
      await converge();
      expect(await getHold({ holdId })).toMatchObject({ status: "active" });
      await invariants(); // overdue, but its session is still open: allowed
      await emulator.clearFaults();
      await converge();
      expect(await getHold({ holdId })).toMatchObject({ status: "released" });
      await invariants();
    });
  });

  it("a 500 once on create is retried with the same idempotency key: one session, the hold keeps it", async () => {
    await emulator.addFault({ kind: "api", method: "POST", path: "/v1/checkout/sessions", fault: "error", status: 500, count: 1 });
    const { holdId } = await buy(2);
    expect(await sessionsOfHold(holdId)).toHaveLength(1);
    expect((await sessionOf(holdId)).status).toBe("open");
    await invariants();
  });

  // Lost answers: the emulator runs the request, then drops the answer (`phase: "after"`), so Stripe really made
  // the session (or expired it) and the app never heard; every SDK retry meets the same fate.
  const loseAnswers = (path: string) => emulator.addFault({ kind: "api", method: "POST", path, fault: "error", status: 502, phase: "after" });

  it("lost answer on create: the session Stripe made is expired, then the seats are released", async () => {
    await loseAnswers("/v1/checkout/sessions");
    const holderId = crypto.randomUUID();
    await expect(buy(2, holderId)).rejects.toSatisfy(isProviderError);
    const hold = await getDb().hold.findFirstOrThrow({ where: { holderId } });
    expect((await sessionsOfHold(hold.id)).map((s) => s.status)).toEqual(["expired"]);
    expect(hold.status).toBe("released");
    await invariants();
  });

  it("lost answer on expire: the next sweep learns the session expired and releases", async () => {
    const { holdId } = await buy(2);
    await endHold(holdId);
    await loseAnswers("/v1/checkout/sessions/*/expire");
    await sweepExpiredHolds();
    expect(await getHold({ holdId })).toMatchObject({ status: "active" });
    expect((await sessionOf(holdId)).status).toBe("expired");
    await emulator.clearFaults();
    await converge();
    expect(await getHold({ holdId })).toMatchObject({ status: "released" });
    await invariants();
  });

  it("app killed between hold and session: the hold ends and is released", async () => {
    const hold = await reserveSeats({ holderId: "killed-before-session", items: [{ ticketTypeId: id(), quantity: 3 }] });
    await endHold(hold.holdId);
    await converge();
    expect(await getHold({ holdId: hold.holdId })).toMatchObject({ status: "released" });
    await invariants();
  });

  it("app killed after the session was created but before it was recorded: the session is found, expired, then released", async () => {
    const hold = await reserveSeats({ holderId: "killed-before-attach", items: [{ ticketTypeId: id(), quantity: 3 }] });
    const priceId = (await getDb().ticketType.findUniqueOrThrow({ where: { id: id() } })).priceId!;
    await createTicketCheckoutSession({
      holdId: hold.holdId,
      holdCreatedAt: hold.createdAt,
      holdEndsAt: hold.expiresAt,
      lines: [{ priceId, quantity: 3 }],
      uiMode: "hosted",
      urls: { success: "http://localhost/s", cancel: "http://localhost/c", return: "http://localhost/r" },
    });
    await endHold(hold.holdId);
    await converge();
    expect((await sessionsOfHold(hold.holdId)).map((s) => s.status)).toEqual(["expired"]);
    expect(await getHold({ holdId: hold.holdId })).toMatchObject({ status: "released" });
    await invariants();
  });

  it("app killed between payment and webhook: the sweeper (or reconciler) fulfils the paid session", async () => {
    const { holdId } = await buy(2);
    await emulator.completeSession((await sessionOf(holdId)).id);
    await endHold(holdId);
    await converge();
    expect(await stock()).toMatchObject({ sold: 2, held: 0 });
    await invariants();
  });

  it("webhooks duplicated and reordered: one order, seats counted once", async () => {
    const { holdId } = await buy(2);
    const session = await sessionOf(holdId);
    await emulator.completeSession(session.id, { async: "succeeded" });
    await emulator.settleAsync(session.id, "succeeded");
    const results = await Promise.all([
      deliver("checkout.session.async_payment_succeeded", session.id),
      deliver("checkout.session.completed", session.id),
      deliver("checkout.session.async_payment_succeeded", session.id),
      deliver("checkout.session.completed", session.id),
    ]);
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(await getDb().order.count({ where: { checkoutSessionId: session.id } })).toBe(1);
    expect(await stock()).toMatchObject({ sold: 2 });
    await invariants();
  });

  it("webhook delayed past the hold's end: the payment is kept, the late event changes nothing", async () => {
    const { holdId } = await buy(2);
    const session = await sessionOf(holdId);
    await endHold(holdId);
    await emulator.completeSession(session.id);
    await converge(); // the sweeper gets there first and fulfils
    expect(await deliver("checkout.session.completed", session.id)).toMatchObject({ status: 200 });
    expect(await getDb().order.count({ where: { checkoutSessionId: session.id } })).toBe(1);
    await invariants();
  });

  it("webhooks dropped: the reconciler fulfils the paid session and releases the expired one", async () => {
    await emulator.addFault({ kind: "webhook", event_type: "checkout.session.*", fault: "drop" });
    const paid = await buy(2);
    const abandoned = await buy(1);
    await emulator.completeSession((await sessionOf(paid.holdId)).id);
    await emulator.stripe.checkout.sessions.expire((await sessionOf(abandoned.holdId)).id);
    await reconcileCheckoutSessions();
    expect(await getHold({ holdId: paid.holdId })).toMatchObject({ status: "converted" });
    expect(await getHold({ holdId: abandoned.holdId })).toMatchObject({ status: "released" });
    await invariants();
  });

  it("payment landing exactly at the hold's end: either sold or refused, never both, never lost", async () => {
    const holds = await Promise.all([buy(1), buy(1), buy(1), buy(1)]);
    const sessions = await Promise.all(holds.map((h) => sessionOf(h.holdId)));
    for (const h of holds) await endHold(h.holdId);
    await Promise.all([
      converge(),
      ...sessions.map((s) => emulator.completeSession(s.id).catch(() => "refused")),
    ]);
    await converge();
    await reconcileCheckoutSessions();
    const s = await stock();
    expect(s.held).toBe(0);
    expect(s.sold + s.available).toBe(12);
    await invariants();
  });

  it("two app instances sweeping one database: every ended hold is released exactly once", async () => {
    const holds = await Promise.all(Array.from({ length: 10 }, () => buy(1)));
    for (const h of holds) await endHold(h.holdId);
    const reports = await Promise.all([sweepExpiredHolds(), sweepExpiredHolds(), sweepExpiredHolds()]);
    expect(reports.reduce((sum, r) => sum + r.released, 0)).toBe(10);
    expect(await stock()).toMatchObject({ held: 0, available: 12 });
    await invariants();
  });

  it.each([90_000, -90_000])("the app's clock %i ms off: holds end by the database's clock", async (skew) => {
    const realNow = Date.now.bind(Date);
    vi.spyOn(Date, "now").mockImplementation(() => realNow() + skew);
    const live = await buy(1);
    const ended = await buy(1);
    await getDb().$executeRaw`UPDATE hold SET expires_at = now() + interval '60 seconds' WHERE id = ${live.holdId}::uuid`;
    await endHold(ended.holdId);
    await converge();
    expect(await getHold({ holdId: live.holdId })).toMatchObject({ status: "active" });
    expect(await getHold({ holdId: ended.holdId })).toMatchObject({ status: "released" });
    await invariants();
  });
});
