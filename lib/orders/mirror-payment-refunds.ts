import type Stripe from "stripe";
import { getDb } from "../db";
import { returnRefundedSeats } from "../inventory";
import { isUuid } from "../is-uuid";
import { getStripe } from "../stripe/get-stripe";

export type MirroredRefunds = { orderId: string | null; recorded: number; ticketsRefunded: number };

/** Refund statuses that move (or will move) money back: these count. `failed` and `canceled` do not. */
const COUNTING = new Set(["succeeded", "pending", "requires_action"]);

/**
 * Brings an order in line with the refunds Stripe holds for its payment — the webhook path, so a refund made
 * in the Stripe Dashboard (not through the console) is mirrored too. Stripe is re-read (events arrive late,
 * twice and out of order), then each refund not yet recorded is recorded once (its id is the primary key, and
 * the order's refunded total grows only when the row is new). Tickets: those the refund names (the console
 * writes their codes into `metadata.tickets`), and once the whole payment is refunded, every ticket left.
 * A partial refund that names no tickets moves money only: the console shows it, the tickets stay valid.
 */
export async function mirrorPaymentRefunds({ paymentIntentId, orderIdHint }: { paymentIntentId: string; orderIdHint?: string }): Promise<MirroredRefunds> {
  const db = getDb();
  const order = await findOrder(paymentIntentId, orderIdHint);
  if (!order) return { orderId: null, recorded: 0, ticketsRefunded: 0 };
  const refunds: Stripe.Refund[] = [];
  for await (const refund of getStripe().refunds.list({ payment_intent: paymentIntentId, limit: 100 })) refunds.push(refund);
  let recorded = 0;
  let ticketsRefunded = 0;
  for (const refund of refunds.sort((a, b) => a.created - b.created)) {
    const counts = COUNTING.has(refund.status ?? "");
    const result = await db.$transaction(async (tx) => {
      const known = await tx.orderRefund.findUnique({ where: { id: refund.id } });
      if (known) {
        // A refund that later failed (or was canceled) gave nothing back: its amount stops counting.
        if (known.status !== refund.status && refund.status) {
          await tx.orderRefund.update({ where: { id: refund.id }, data: { status: refund.status } });
          if (COUNTING.has(known.status) && !counts) await tx.order.update({ where: { id: order.id }, data: { amountRefunded: { decrement: known.amount } } });
        }
        return { inserted: false, tickets: 0 };
      }
      if (!counts) return { inserted: false, tickets: 0 };
      const tickets = await tx.ticket.findMany({ where: { orderId: order.id, refundedAt: null }, select: { id: true, code: true } });
      const named = new Set((refund.metadata?.tickets ?? "").split(/\s+/).filter(Boolean));
      const inserted = await tx.orderRefund.createMany({
        data: [{ id: refund.id, orderId: order.id, amount: refund.amount, status: refund.status ?? "succeeded", ticketIds: tickets.filter((t) => named.has(t.code)).map((t) => t.id) }],
        skipDuplicates: true,
      });
      if (inserted.count === 0) return { inserted: false, tickets: 0 };
      const updated = await tx.order.update({ where: { id: order.id }, data: { amountRefunded: { increment: refund.amount } } });
      const isWhole = updated.amountRefunded >= updated.amountTotal;
      const targets = isWhole ? tickets : tickets.filter((t) => named.has(t.code));
      const changed = await returnRefundedSeats({ ticketIds: targets.map((t) => t.id), refundId: refund.id }, tx);
      if (isWhole) await tx.order.update({ where: { id: order.id }, data: { status: "refunded" } });
      return { inserted: true, tickets: changed.length };
    });
    if (result.inserted) recorded++;
    ticketsRefunded += result.tickets;
  }
  return { orderId: order.id, recorded, ticketsRefunded };
}

/** The order paid by this PaymentIntent: named by the refund's metadata (console refunds), else found through its Checkout Session. */
async function findOrder(paymentIntentId: string, orderIdHint?: string) {
  const db = getDb();
  if (orderIdHint && isUuid(orderIdHint)) {
    const order = await db.order.findUnique({ where: { id: orderIdHint } });
    if (order) return order;
  }
  const sessions = await getStripe().checkout.sessions.list({ payment_intent: paymentIntentId, limit: 1 });
  const session = sessions.data[0];
  return session ? db.order.findUnique({ where: { checkoutSessionId: session.id } }) : null;
}
