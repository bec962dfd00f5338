// Refunds made straight in Stripe (the Dashboard) reach the order through webhooks: the tickets they cover are
// marked refunded and their seats go back on sale, once, whatever order and however often the events arrive.
import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { getAvailability } from "../inventory";
import { buyTestTickets } from "../testing/buy-test-tickets";
import { createPricedTestEvent } from "../testing/create-priced-test-event";
import { startTestEmulator } from "../testing/start-test-emulator";
import { dispatchEvent } from "../webhooks/dispatch-event";
import { checkInTicket } from "./check-in-ticket";
import { refundOrder } from "./refund-order";

const emulator = await startTestEmulator();
const admin = { id: "admin-1", email: "admin@example.com", name: "Admin", role: "admin" as const };
const stockOf = async (id: string) => (await getAvailability({ ticketTypeIds: [id] })).get(id)!;

async function paymentIntentOf(checkoutSessionId: string) {
  const session = await emulator.stripe.checkout.sessions.retrieve(checkoutSessionId);
  return session.payment_intent as string;
}

/** What Stripe would send: the event wraps the object as it was when the event was made. */
const event = <T extends Stripe.Event["type"]>(type: T, object: unknown) =>
  ({ id: `evt_test_${Math.random().toString(36).slice(2)}`, object: "event", type, data: { object } }) as unknown as Stripe.Event;

async function orderState(orderId: string) {
  const order = await getDb().order.findUniqueOrThrow({ where: { id: orderId }, include: { tickets: { orderBy: { code: "asc" } }, refunds: true } });
  return { status: order.status, amountRefunded: order.amountRefunded, refunds: order.refunds.length, refundedTickets: order.tickets.filter((t) => t.refundedAt).length };
}

describe("refund webhooks", () => {
  it("a full refund made in the Dashboard refunds every ticket and returns the seats, once, whichever events arrive and however often", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 4, amount: 1500 }]);
    const order = await buyTestTickets(emulator, id!, 3);
    expect(await stockOf(id!)).toMatchObject({ sold: 3, available: 1 });
    const paymentIntent = await paymentIntentOf(order.checkoutSessionId);
    const refund = await emulator.stripe.refunds.create({ payment_intent: paymentIntent }); // no metadata: not the console
    const charge = await emulator.stripe.charges.retrieve(refund.charge as string);

    // charge.refunded first, then refund.created, then both again: the same end state.
    expect(await dispatchEvent(event("charge.refunded", charge))).toBe(true);
    await dispatchEvent(event("refund.created", refund));
    await dispatchEvent(event("charge.refunded", charge));
    await dispatchEvent(event("refund.updated", refund));

    expect(await orderState(order.id)).toEqual({ status: "refunded", amountRefunded: 4500, refunds: 1, refundedTickets: 3 });
    expect(await stockOf(id!)).toMatchObject({ sold: 0, available: 4 });
    expect((await checkInTicket({ code: order.tickets[0]!.code, staff: admin })).outcome).toBe("refunded");
    // The console then has nothing left to refund.
    await expect(refundOrder({ orderId: order.id, actor: admin })).rejects.toThrow(/already been refunded/);
  });

  it("a partial Dashboard refund moves money only; one naming a ticket refunds that ticket; the rest refunded later finishes the order", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 5, amount: 2000 }]);
    const order = await buyTestTickets(emulator, id!, 3);
    const paymentIntent = await paymentIntentOf(order.checkoutSessionId);

    const goodwill = await emulator.stripe.refunds.create({ payment_intent: paymentIntent, amount: 500 });
    await dispatchEvent(event("refund.created", goodwill));
    expect(await orderState(order.id)).toEqual({ status: "paid", amountRefunded: 500, refunds: 1, refundedTickets: 0 });
    expect(await stockOf(id!)).toMatchObject({ sold: 3 });

    const named = await emulator.stripe.refunds.create({ payment_intent: paymentIntent, amount: 2000, metadata: { tickets: order.tickets[1]!.code } });
    await dispatchEvent(event("refund.created", named));
    await dispatchEvent(event("refund.created", named));
    expect(await orderState(order.id)).toEqual({ status: "paid", amountRefunded: 2500, refunds: 2, refundedTickets: 1 });
    expect(await stockOf(id!)).toMatchObject({ sold: 2, available: 3 });
    const tickets = await getDb().ticket.findMany({ where: { orderId: order.id }, orderBy: { code: "asc" } });
    expect(tickets.map((t) => Boolean(t.refundedAt))).toEqual([false, true, false]);

    // The console refunds what is left (3,500); its own webhook arriving afterwards changes nothing.
    const rest = await refundOrder({ orderId: order.id, actor: admin });
    expect(rest).toMatchObject({ amount: 3500, ticketsRefunded: 2 });
    await dispatchEvent(event("refund.created", await emulator.stripe.refunds.retrieve(rest.refundId)));
    expect(await orderState(order.id)).toEqual({ status: "refunded", amountRefunded: 6000, refunds: 3, refundedTickets: 3 });
    expect(await stockOf(id!)).toMatchObject({ sold: 0, available: 5 });
  });

  it("a console refund whose webhook arrives before the console records it is still recorded once", async () => {
    const { ticketTypeIds: [id] } = await createPricedTestEvent([{ capacity: 3, amount: 1000 }]);
    const order = await buyTestTickets(emulator, id!, 2);
    const paymentIntent = await paymentIntentOf(order.checkoutSessionId);
    // What the console sends Stripe for one ticket, delivered to the webhook first.
    const refund = await emulator.stripe.refunds.create({ payment_intent: paymentIntent, amount: 1000, metadata: { order_id: order.id, tickets: order.tickets[0]!.code } });
    await dispatchEvent(event("refund.created", refund));
    expect(await orderState(order.id)).toEqual({ status: "paid", amountRefunded: 1000, refunds: 1, refundedTickets: 1 });
    expect(await stockOf(id!)).toMatchObject({ sold: 1, available: 2 });
  });

  it("ignores refunds of payments that are not ticket orders", async () => {
    const refund = { id: "re_unknown", object: "refund", amount: 100, payment_intent: null, metadata: {}, status: "succeeded" };
    await expect(dispatchEvent(event("refund.created", refund))).resolves.toBe(true);
  });
});
