// Issue 10, items 1 and 3–7: each test here failed before its fix. Runs against the Stripe emulator, on PGlite and
// (with TEST_DATABASE_URL) on PostgreSQL.
process.env.STRIPE_SWEEP_TIMEOUT_MS = "1000";
process.env.STRIPE_RESERVE_TIMEOUT_MS = "1000";

import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "../db";
import { isAppError } from "../errors";
import { getAvailability, getDbNow, getHold } from "../inventory";
import { confirmCheckoutReturn } from "../orders/confirm-checkout-return";
import { createPricedTestEvent } from "../testing/create-priced-test-event";
import { startTestEmulator } from "../testing/start-test-emulator";
import { receiveWebhookEvent } from "../webhooks/receive-webhook-event";
import { endEndedHold } from "./end-ended-hold";
import { getCheckoutView } from "./get-checkout-view";
import { reconcileCheckoutSessions } from "./reconcile-checkout-sessions";
import { startCheckout } from "./start-checkout";
import { sweepExpiredHolds } from "./sweep-expired-holds";

// "Stripe did the work but we never heard": the adapter call runs, then its answer is lost (or the link fails).
const lost = vi.hoisted(() => ({ createAnswer: false, attach: false }));
vi.mock("../stripe/create-ticket-checkout-session", async (importOriginal) => {
  const original = await importOriginal<typeof import("../stripe/create-ticket-checkout-session")>();
  return {
    createTicketCheckoutSession: async (...args: Parameters<typeof original.createTicketCheckoutSession>) => {
      const session = await original.createTicketCheckoutSession(...args);
      if (lost.createAnswer) throw new Error("socket hang up (answer lost)");
      return session;
    },
  };
});
vi.mock("../inventory/attach-checkout-session", async (importOriginal) => {
  const original = await importOriginal<typeof import("../inventory/attach-checkout-session")>();
  return {
    attachCheckoutSession: async (...args: Parameters<typeof original.attachCheckoutSession>) => {
      if (lost.attach) throw new Error("connection terminated unexpectedly");
      return original.attachCheckoutSession(...args);
    },
  };
});

const emulator = await startTestEmulator();

afterEach(async () => {
  lost.createAnswer = false;
  lost.attach = false;
  vi.restoreAllMocks();
  await emulator.clearFaults();
});

async function stockOf(ticketTypeId: string) {
  return (await getAvailability({ ticketTypeIds: [ticketTypeId] })).get(ticketTypeId)!;
}

async function sessionOf(holdId: string) {
  const hold = await getHold({ holdId });
  return emulator.stripe.checkout.sessions.retrieve(hold!.checkoutSessionId!);
}

async function sessionsForHold(holdId: string) {
  const all = await emulator.stripe.checkout.sessions.list({ limit: 100 });
  return all.data.filter((s) => s.metadata?.hold_id === holdId);
}

async function endHoldNow(holdId: string) {
  await getDb().hold.update({ where: { id: holdId }, data: { expiresAt: new Date(Date.now() - 1000), sweepAfter: null } });
}

async function deliver(event: Awaited<ReturnType<typeof emulator.findEvent>>) {
  const { payload, header } = emulator.sign(event);
  return receiveWebhookEvent(payload, header);
}

function checkout(ticketTypeId: string, quantity: number, holderId: string = crypto.randomUUID()) {
  return startCheckout({ holderId, items: [{ ticketTypeId, quantity }], uiMode: "hosted" });
}

describe("1 · a delayed payment that failed releases its seats without the failure webhook", () => {
  it("the sweeper reads the PaymentIntent and releases once it failed; the lost webhook is not needed", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 2);
    const session = await sessionOf(holdId);
    await emulator.completeSession(session.id, { async: "failed" });
    await deliver(await emulator.findEvent("checkout.session.completed", session.id));
    expect(await getHold({ holdId })).toMatchObject({ status: "active", isAwaitingPayment: true });
    await emulator.settleAsync(session.id, "failed"); // its async_payment_failed webhook is never delivered
    await endHoldNow(holdId); // the next check of the payment is due
    await sweepExpiredHolds();
    expect(await getHold({ holdId })).toMatchObject({ status: "released" });
    expect(await stockOf(id!)).toMatchObject({ held: 0, available: 10 });
  });

  it("a payment still pending is checked again later, not every sweep, and given up after a week", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 1);
    const session = await sessionOf(holdId);
    await emulator.completeSession(session.id, { async: "succeeded" });
    await deliver(await emulator.findEvent("checkout.session.completed", session.id));
    await endHoldNow(holdId);
    await sweepExpiredHolds();
    const dbNow = await getDbNow();
    expect((await getHold({ holdId }))!.expiresAt.getTime()).toBeGreaterThan(dbNow.getTime() + 50 * 60_000);
    expect(await stockOf(id!)).toMatchObject({ held: 1 });
    await getDb().hold.update({ where: { id: holdId }, data: { awaitingPaymentSince: new Date(Date.now() - 8 * 86_400_000) } });
    await endHoldNow(holdId);
    await sweepExpiredHolds();
    expect(await getHold({ holdId })).toMatchObject({ status: "released" });
    // If it does succeed after all, the money is not lost: the seats are reclaimed (or the order flagged).
    await emulator.settleAsync(session.id, "succeeded");
    await deliver(await emulator.findEvent("checkout.session.async_payment_succeeded", session.id));
    expect(await getDb().order.findUnique({ where: { checkoutSessionId: session.id } })).toMatchObject({ status: "paid" });
  });
});

describe("3 · webhook bodies are not trusted", () => {
  it("a signed async_payment_failed naming another shopper's hold does not release it", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const victim = await checkout(id!, 2);
    const attacker = await checkout(id!, 1);
    const attackerSession = await sessionOf(attacker.holdId);
    await emulator.completeSession(attackerSession.id, { async: "failed" });
    await emulator.settleAsync(attackerSession.id, "failed");
    const event = await emulator.findEvent("checkout.session.async_payment_failed", attackerSession.id);
    const forged = structuredClone(event) as typeof event & { data: { object: { metadata: Record<string, string> } } };
    forged.id = "evt_forged_hold";
    forged.data.object.metadata = { hold_id: victim.holdId };
    expect(await deliver(forged)).toMatchObject({ status: 200 });
    expect(await getHold({ holdId: victim.holdId })).toMatchObject({ status: "active" });
    expect(await getHold({ holdId: attacker.holdId })).toMatchObject({ status: "released" });
    expect(await stockOf(id!)).toMatchObject({ held: 2 });
  });

  it("an event whose hold id is not a UUID is acknowledged (200), not retried forever", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 1);
    const session = await sessionOf(holdId);
    await emulator.completeSession(session.id, { async: "failed" });
    await emulator.settleAsync(session.id, "failed");
    const event = await emulator.findEvent("checkout.session.async_payment_failed", session.id);
    const bad = structuredClone(event) as typeof event & { data: { object: { id: string; metadata: Record<string, string> } } };
    bad.id = "evt_bad_hold_id";
    bad.data.object.metadata = { hold_id: "not-a-uuid" };
    expect(await deliver(bad)).toMatchObject({ status: 200 });
    const unknown = structuredClone(bad);
    unknown.id = "evt_unknown_session";
    unknown.data.object.id = "cs_test_never_existed_0000";
    expect(await deliver(unknown)).toMatchObject({ status: 200 });
  });
});

describe("4 · one hanging Stripe call does not delay the others", () => {
  it("a hanging expire leaves the other ended holds to be released at once", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const stuck = await checkout(id!, 1);
    const healthy = await Promise.all([checkout(id!, 1), checkout(id!, 1)]);
    const stuckSession = await sessionOf(stuck.holdId);
    for (const hold of [stuck, ...healthy]) await endHoldNow(hold.holdId);
    // The stuck hold is the oldest, so a one-at-a-time sweeper would wait on it first.
    await getDb().hold.update({ where: { id: stuck.holdId }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    await emulator.addFault({ kind: "api", method: "POST", path: `/v1/checkout/sessions/${stuckSession.id}/expire`, fault: "timeout" });
    const started = Date.now();
    const report = await sweepExpiredHolds();
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(report).toMatchObject({ released: 2, failed: 1 });
    expect(await getHold({ holdId: stuck.holdId })).toMatchObject({ status: "active" });
    expect(await stockOf(id!)).toMatchObject({ held: 1 });
  });

  it("a hanging session create answers the shopper within seconds and leaves no seat held", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 1000 }]);
    await emulator.addFault({ kind: "api", method: "POST", path: "/v1/checkout/sessions", fault: "timeout" });
    const started = Date.now();
    await expect(checkout(id!, 2)).rejects.toSatisfy((error) => isAppError(error, "payment_provider_error"));
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(await stockOf(id!)).toMatchObject({ held: 0, available: 5 });
  });
});

describe("5 · no orphan session stays payable", () => {
  it("a session whose create answer was lost is expired before its seats are released", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 1000 }]);
    const holderId = crypto.randomUUID();
    lost.createAnswer = true;
    await expect(checkout(id!, 2, holderId)).rejects.toSatisfy((error) => isAppError(error, "payment_provider_error"));
    const hold = await getDb().hold.findFirstOrThrow({ where: { holderId } });
    expect(hold.status).toBe("released");
    const sessions = await sessionsForHold(hold.id);
    expect(sessions).toHaveLength(1);
    expect(sessions.every((s) => s.status === "expired")).toBe(true);
    expect(await stockOf(id!)).toMatchObject({ held: 0, available: 5 });
  });

  it("a session that could not be linked to its hold is expired before its seats are released", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 1000 }]);
    const holderId = crypto.randomUUID();
    lost.attach = true;
    await expect(checkout(id!, 1, holderId)).rejects.toSatisfy((error) => isAppError(error, "payment_provider_error"));
    const hold = await getDb().hold.findFirstOrThrow({ where: { holderId } });
    expect(hold.status).toBe("released");
    expect((await sessionsForHold(hold.id)).map((s) => s.status)).toEqual(["expired"]);
  });

  it("the reconciler expires an open session that no active hold records", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 1000 }]);
    const { holdId } = await checkout(id!, 1);
    const session = await sessionOf(holdId);
    // As if the hold had been released while a create call hung, and Stripe made the session afterwards.
    await getDb().hold.update({ where: { id: holdId }, data: { checkoutSessionId: null } });
    await getDb().$executeRaw`UPDATE hold SET status = 'released' WHERE id = ${holdId}::uuid`;
    const report = await reconcileCheckoutSessions();
    expect(report.orphansExpired).toBeGreaterThanOrEqual(1);
    expect((await emulator.stripe.checkout.sessions.retrieve(session.id)).status).toBe("expired");
  });
});

describe("6 · one clock: the database's", () => {
  // PGlite runs inside this process and reads its clock: only a real PostgreSQL has a clock of its own.
  it.skipIf(process.env.TEST_DATABASE_KIND !== "postgres")("with the app's clock 90 s ahead, a hold is not ended early and the countdown uses the database's time", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 1000 }]);
    const holderId = crypto.randomUUID();
    const { holdId } = await checkout(id!, 1, holderId);
    // 60 s left by the database's clock.
    await getDb().$executeRaw`UPDATE hold SET expires_at = now() + interval '60 seconds' WHERE id = ${holdId}::uuid`;
    const realNow = Date.now.bind(Date);
    vi.spyOn(Date, "now").mockImplementation(() => realNow() + 90_000);
    await endEndedHold({ holdId, holderId });
    expect(await getHold({ holdId })).toMatchObject({ status: "active" });
    const view = await getCheckoutView({ holdId, holderId });
    expect(Math.abs(view!.serverNow - (await getDbNow()).getTime())).toBeLessThan(5_000);
  });

  it("with the app's clock 90 s behind Stripe's, the session still meets Stripe's 30-minute minimum", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 1000 }]);
    await fetch(`${emulator.url}/_emulator/clock/advance`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ seconds: 90 }) });
    const realNow = Date.now.bind(Date);
    vi.spyOn(Date, "now").mockImplementation(() => realNow() - 90_000);
    const { holdId } = await checkout(id!, 1);
    expect((await sessionOf(holdId)).status).toBe("open");
  });
});

describe("7 · the order link by session id", () => {
  it("reveals an order only to the hold's own shopper; unknown ids are answered without calling Stripe", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 1000 }]);
    const holderId = crypto.randomUUID();
    const { holdId } = await checkout(id!, 1, holderId);
    const session = await sessionOf(holdId);
    await emulator.completeSession(session.id);
    expect(await confirmCheckoutReturn({ checkoutSessionId: session.id, viewer: { holderId: crypto.randomUUID() } })).toEqual({ state: "not_found" });
    expect(await confirmCheckoutReturn({ checkoutSessionId: session.id, viewer: { holderId: undefined } })).toEqual({ state: "not_found" });
    expect(await confirmCheckoutReturn({ checkoutSessionId: session.id, viewer: { holderId } })).toMatchObject({ state: "fulfilled" });
    // Any Stripe call would now fail; random ids must not make one.
    await emulator.addFault({ kind: "api", path: "/v1/*", fault: "error", status: 500 });
    const log = vi.spyOn(console, "error");
    for (let i = 0; i < 20; i++) {
      expect(await confirmCheckoutReturn({ checkoutSessionId: `cs_test_${crypto.randomUUID().replaceAll("-", "")}`, viewer: { holderId } })).toEqual({ state: "not_found" });
    }
    expect(log).not.toHaveBeenCalled();
  });
});
