// The checkout flow against the Stripe emulator: reserve → session → pay → webhooks/fulfilment, and release.
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { isAppError } from "../errors";
import { getAvailability, getHold, releaseHold } from "../inventory";
import { createPricedTestEvent } from "../testing/create-priced-test-event";
import { startTestEmulator } from "../testing/start-test-emulator";
import { receiveWebhookEvent } from "../webhooks/receive-webhook-event";
import { endCheckout } from "./end-checkout";
import { reconcileCheckoutSessions } from "./reconcile-checkout-sessions";
import { startCheckout } from "./start-checkout";
import { sweepExpiredHolds } from "./sweep-expired-holds";

const emulator = await startTestEmulator();

async function stockOf(ticketTypeId: string) {
  return (await getAvailability({ ticketTypeIds: [ticketTypeId] })).get(ticketTypeId)!;
}

async function sessionOf(holdId: string) {
  const hold = await getHold({ holdId });
  return emulator.stripe.checkout.sessions.retrieve(hold!.checkoutSessionId!, { expand: ["line_items"] });
}

async function endHoldNow(holdId: string) {
  await getDb().hold.update({ where: { id: holdId }, data: { expiresAt: new Date(Date.now() - 1000) } });
}

async function deliver(type: string, sessionId: string) {
  const { payload, header } = emulator.sign(await emulator.findEvent(type, sessionId));
  return receiveWebhookEvent(payload, header);
}

async function checkout(ticketTypeId: string, quantity: number, holderId = crypto.randomUUID()) {
  return startCheckout({ holderId, items: [{ ticketTypeId, quantity }], uiMode: "hosted" });
}

describe("startCheckout", () => {
  it("holds the seats and opens a session at the catalog's price, linked to the hold", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 3);
    const session = await sessionOf(holdId);
    expect(session.status).toBe("open");
    expect(session.metadata).toMatchObject({ hold_id: holdId });
    expect(session.amount_total).toBe(7500);
    expect(session.line_items?.data[0]).toMatchObject({ quantity: 3 });
    expect(session.expires_at).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 30 * 60);
    expect(await stockOf(id!)).toMatchObject({ held: 3, available: 7 });
  });

  it("charges in the shopper's currency when the price offers it", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await startCheckout({ holderId: "yen", items: [{ ticketTypeId: id!, quantity: 2 }], currency: "jpy", uiMode: "embedded" });
    const session = await sessionOf(holdId);
    expect(session.currency).toBe("jpy");
    expect(session.amount_total).toBe(8000);
    expect(session.client_secret).toBeTruthy();
  });

  it("releases the seats at once when Stripe is unavailable", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 1000 }]);
    await emulator.addFault({ kind: "api", method: "POST", path: "/v1/checkout/sessions", fault: "error", status: 500, count: 5 });
    try {
      await expect(checkout(id!, 2)).rejects.toSatisfy((error) => isAppError(error, "payment_provider_error"));
    } finally {
      await emulator.clearFaults();
    }
    expect(await stockOf(id!)).toMatchObject({ held: 0, available: 5 });
  });
});

describe("webhooks", () => {
  it("one paid session delivered three times and out of order with `expired` gives one order, seats counted once", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 2);
    const session = await sessionOf(holdId);
    await emulator.completeSession(session.id);
    const completed = emulator.sign(await emulator.findEvent("checkout.session.completed", session.id));
    // A (correctly signed) `expired` event about a session that is in fact paid must not release its seats: a body
    // that does not itself say "expired" is re-read from Stripe, not trusted.
    const fakeExpired = { ...(await emulator.findEvent("checkout.session.completed", session.id)), id: "evt_fake_expired", type: "checkout.session.expired" };
    const expired = emulator.sign(fakeExpired as never);
    const results = await Promise.all([
      receiveWebhookEvent(expired.payload, expired.header),
      receiveWebhookEvent(completed.payload, completed.header),
      receiveWebhookEvent(completed.payload, completed.header),
    ]);
    results.push(await receiveWebhookEvent(completed.payload, completed.header));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.at(-1)?.outcome).toBe("duplicate");
    const orders = await getDb().order.findMany({ where: { checkoutSessionId: session.id }, include: { tickets: true } });
    expect(orders).toHaveLength(1);
    expect(orders[0]!.tickets).toHaveLength(2);
    expect(new Set(orders[0]!.tickets.map((t) => t.code)).size).toBe(2);
    expect(await stockOf(id!)).toMatchObject({ sold: 2, held: 0, available: 8 });
  });

  it("releases an expired session's hold from the signed event alone, even while Stripe cannot be read", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 2);
    const session = await sessionOf(holdId);
    await emulator.stripe.checkout.sessions.expire(session.id);
    // Were the handler to re-read the session it would fail and answer 500; expired is final, so it need not.
    await emulator.addFault({ kind: "api", method: "GET", path: `/v1/checkout/sessions/${session.id}`, fault: "error", status: 500, count: 5 });
    try {
      expect(await deliver("checkout.session.expired", session.id)).toEqual({ status: 200, outcome: "processed" });
    } finally {
      await emulator.clearFaults();
    }
    expect(await getDb().hold.findUnique({ where: { id: holdId } })).toMatchObject({ status: "released", releaseReason: "expired" });
    expect(await stockOf(id!)).toMatchObject({ held: 0, available: 10 });
  });

  it("an expired event naming another hold (signed, with that hold's id) leaves that hold alone", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const mine = await checkout(id!, 1);
    const other = await checkout(id!, 2);
    const session = await sessionOf(mine.holdId);
    await emulator.stripe.checkout.sessions.expire(session.id);
    const event = await emulator.findEvent("checkout.session.expired", session.id);
    const aimed = { ...event, id: "evt_aimed_at_other_hold", data: { object: { ...event.data.object, metadata: { hold_id: other.holdId } } } };
    const { payload, header } = emulator.sign(aimed as never);
    expect(await receiveWebhookEvent(payload, header)).toMatchObject({ status: 200 });
    // The release checks the hold's own recorded session: this one is not it.
    expect(await getHold({ holdId: other.holdId })).toMatchObject({ status: "active" });
    expect(await stockOf(id!)).toMatchObject({ held: 3 });
  });

  it("a cancel whose own expiry's webhook released the hold first is still the shopper's cancel", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 2);
    const session = await sessionOf(holdId);
    // endCheckout expires the session, and Stripe's `expired` webhook can release the hold before endCheckout does.
    await emulator.stripe.checkout.sessions.expire(session.id);
    await deliver("checkout.session.expired", session.id);
    expect(await endCheckout({ holdId, checkoutSessionId: session.id }, "cancelled")).toBe("released");
    expect(await getDb().hold.findUnique({ where: { id: holdId } })).toMatchObject({ status: "released", releaseReason: "cancelled" });
    // A hold whose time really ran out keeps "expired": nobody cancelled it.
    const late = await checkout(id!, 1);
    const lateSession = await sessionOf(late.holdId);
    await endHoldNow(late.holdId);
    await emulator.stripe.checkout.sessions.expire(lateSession.id);
    await deliver("checkout.session.expired", lateSession.id);
    expect(await endCheckout({ holdId: late.holdId, checkoutSessionId: lateSession.id }, "cancelled")).toBe("already_settled");
    expect(await getDb().hold.findUnique({ where: { id: late.holdId } })).toMatchObject({ releaseReason: "expired" });
  });

  it("rejects a forged signature and a stale timestamp with 400, changing nothing", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 1);
    const session = await sessionOf(holdId);
    await emulator.completeSession(session.id);
    const event = await emulator.findEvent("checkout.session.completed", session.id);
    const forged = emulator.sign(event, { secret: "whsec_attacker" });
    const stale = emulator.sign(event, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    const tampered = emulator.sign(event);
    expect(await receiveWebhookEvent(forged.payload, forged.header)).toMatchObject({ status: 400 });
    expect(await receiveWebhookEvent(stale.payload, stale.header)).toMatchObject({ status: 400 });
    expect(await receiveWebhookEvent(tampered.payload.replace('"complete"', '"open"'), tampered.header)).toMatchObject({ status: 400 });
    expect(await receiveWebhookEvent(tampered.payload, null)).toMatchObject({ status: 400 });
    expect(await getDb().webhookEvent.findUnique({ where: { id: event.id } })).toBeNull();
    expect(await getDb().order.count({ where: { checkoutSessionId: session.id } })).toBe(0);
    expect(await stockOf(id!)).toMatchObject({ held: 1, sold: 0 });
  });

  it("answers 500 when a handler fails, so Stripe retries, and succeeds on the retry", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 1);
    const session = await sessionOf(holdId);
    await emulator.completeSession(session.id);
    await emulator.addFault({ kind: "api", method: "GET", path: `/v1/checkout/sessions/${session.id}`, fault: "error", status: 500, count: 3 });
    expect(await deliver("checkout.session.completed", session.id)).toMatchObject({ status: 500 });
    await emulator.clearFaults();
    expect(await deliver("checkout.session.completed", session.id)).toMatchObject({ status: 200, outcome: "processed" });
    expect(await stockOf(id!)).toMatchObject({ sold: 1 });
  });

  it("keeps seats held for a delayed payment, then releases them when it fails", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 2);
    const session = await sessionOf(holdId);
    await emulator.completeSession(session.id, { async: "failed" });
    await deliver("checkout.session.completed", session.id);
    // Completed-but-unpaid moves the hold's end to the next check of the payment (an hour on).
    expect(await getHold({ holdId })).toMatchObject({ status: "active", isAwaitingPayment: true });
    expect((await getHold({ holdId }))!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    await sweepExpiredHolds();
    expect(await stockOf(id!)).toMatchObject({ held: 2, sold: 0 });
    await emulator.settleAsync(session.id, "failed");
    await deliver("checkout.session.async_payment_failed", session.id);
    expect(await stockOf(id!)).toMatchObject({ held: 0, sold: 0, available: 10 });
    expect(await getDb().order.count({ where: { checkoutSessionId: session.id } })).toBe(0);
  });

  it("sells the seats when a delayed payment succeeds", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 2);
    const session = await sessionOf(holdId);
    await emulator.completeSession(session.id, { async: "succeeded" });
    await deliver("checkout.session.completed", session.id);
    expect(await getDb().order.count({ where: { checkoutSessionId: session.id } })).toBe(0);
    await emulator.settleAsync(session.id, "succeeded");
    await deliver("checkout.session.async_payment_succeeded", session.id);
    expect(await stockOf(id!)).toMatchObject({ held: 0, sold: 2 });
  });
});

describe("sweeper", () => {
  it("expires the session of an ended hold, then releases its seats — once, even with two sweepers at once", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 4);
    await endHoldNow(holdId);
    const [first, second] = await Promise.all([sweepExpiredHolds(), sweepExpiredHolds()]);
    expect(first.released + second.released).toBe(1);
    expect((await sessionOf(holdId)).status).toBe("expired");
    expect(await stockOf(id!)).toMatchObject({ held: 0, available: 10 });
    expect((await getHold({ holdId }))?.status).toBe("released");
  });

  it("keeps the seats held while Stripe cannot confirm the expiry, and releases on a later sweep", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 1);
    await endHoldNow(holdId);
    await emulator.addFault({ kind: "api", method: "POST", path: "/v1/checkout/sessions/*/expire", fault: "error", status: 500 });
    try {
      expect((await sweepExpiredHolds()).failed).toBeGreaterThanOrEqual(1);
      expect(await stockOf(id!)).toMatchObject({ held: 1 });
    } finally {
      await emulator.clearFaults();
    }
    // The failed hold backs off before it is tried again; let that time pass.
    await getDb().hold.update({ where: { id: holdId }, data: { sweepAfter: new Date(Date.now() - 1000) } });
    await sweepExpiredHolds();
    expect(await stockOf(id!)).toMatchObject({ held: 0 });
  });

  it("sells, not releases, a hold whose session was paid just as the hold ended", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 2);
    const session = await sessionOf(holdId);
    await endHoldNow(holdId);
    await emulator.completeSession(session.id);
    const report = await sweepExpiredHolds();
    expect(report.fulfilled).toBeGreaterThanOrEqual(1);
    expect(await stockOf(id!)).toMatchObject({ sold: 2, held: 0 });
    expect(await getDb().order.count({ where: { checkoutSessionId: session.id } })).toBe(1);
  });

  it("never loses a payment that lands after the hold was released: seats are reclaimed, or the order is flagged for refund", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 2, amount: 2500 }]);
    const late = await checkout(id!, 1);
    const lateSession = await sessionOf(late.holdId);
    await releaseHold({ holdId: late.holdId, reason: "test" });
    await emulator.completeSession(lateSession.id);
    await deliver("checkout.session.completed", lateSession.id);
    expect(await getDb().order.findUnique({ where: { checkoutSessionId: lateSession.id } })).toMatchObject({ status: "paid" });
    expect(await stockOf(id!)).toMatchObject({ sold: 1, available: 1 });

    const tooLate = await checkout(id!, 1);
    const tooLateSession = await sessionOf(tooLate.holdId);
    await releaseHold({ holdId: tooLate.holdId, reason: "test" });
    await checkout(id!, 1); // someone else takes the last seat
    await emulator.completeSession(tooLateSession.id);
    await deliver("checkout.session.completed", tooLateSession.id);
    expect(await getDb().order.findUnique({ where: { checkoutSessionId: tooLateSession.id } })).toMatchObject({ status: "needs_refund" });
    expect(await stockOf(id!)).toMatchObject({ sold: 1, held: 1, available: 0 });
  });
});


describe("sweeper and Stripe's memory", () => {
  it("releases a hold whose session Stripe does not know: it can never be paid", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 2);
    await getDb().hold.update({ where: { id: holdId }, data: { checkoutSessionId: "cs_test_unknown_to_stripe", expiresAt: new Date(Date.now() - 1000) } });
    await sweepExpiredHolds();
    expect(await stockOf(id!)).toMatchObject({ held: 0, available: 10 });
  });
});

describe("reconciler", () => {
  it("fulfils a paid session whose webhooks never arrived, once", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 2);
    const session = await sessionOf(holdId);
    await emulator.completeSession(session.id);
    expect(await getDb().order.count({ where: { checkoutSessionId: session.id } })).toBe(0);
    expect((await reconcileCheckoutSessions()).fulfilled).toBeGreaterThanOrEqual(1);
    expect((await reconcileCheckoutSessions()).fulfilled).toBe(0);
    expect(await getDb().order.count({ where: { checkoutSessionId: session.id } })).toBe(1);
    expect(await stockOf(id!)).toMatchObject({ sold: 2, held: 0 });
  });

  it("releases the hold of a session that expired while its webhook was lost", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 10, amount: 2500 }]);
    const { holdId } = await checkout(id!, 3);
    await emulator.stripe.checkout.sessions.expire((await sessionOf(holdId)).id);
    await reconcileCheckoutSessions();
    expect(await stockOf(id!)).toMatchObject({ held: 0, available: 10 });
  });
});
