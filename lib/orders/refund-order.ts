import { createHash } from "node:crypto";
import type Stripe from "stripe";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/get-current-user";
import { getDb } from "../db";
import { AppError } from "../errors";
import { returnRefundedSeats } from "../inventory";
import { createRefund } from "../stripe/create-refund";
import { isStripeError } from "../stripe/is-stripe-error";
import { retrieveCheckoutSession } from "../stripe/retrieve-checkout-session";

export type RefundOrderResult = { refundId: string; amount: number; currency: string; ticketsRefunded: number };

/**
 * Refunds an order through Stripe's Refunds API — all that is left (no `ticketIds`), or the given tickets at
 * what they cost — then marks those tickets refunded and returns their seats to sale. Safe to retry and to
 * race: the Stripe idempotency key is derived from the order's refunded total and the ticket set, so a repeat
 * gets the same refund back, and recording it (refund id is a primary key; seats return only from tickets
 * not yet refunded) takes effect once.
 */
export async function refundOrder({ orderId, ticketIds, actor }: { orderId: string; ticketIds?: string[]; actor: CurrentUser }): Promise<RefundOrderResult> {
  const db = getDb();
  const order = await db.order.findUnique({ where: { id: orderId }, include: { tickets: true } });
  if (!order) throw new AppError("not_found", "No such order.");
  const remaining = order.amountTotal - order.amountRefunded;
  if (remaining <= 0) throw new AppError("conflict", "This order has already been refunded in full.", { kind: "already_refunded" });
  const open = order.tickets.filter((t) => !t.refundedAt);
  const targets = ticketIds ? open.filter((t) => ticketIds.includes(t.id)) : open;
  if (ticketIds && (ticketIds.length === 0 || targets.length !== new Set(ticketIds).size)) {
    throw new AppError("conflict", "Some of those tickets are already refunded or belong to another order.", { kind: "tickets_not_refundable" });
  }
  const session = await retrieveCheckoutSession(order.checkoutSessionId);
  const paymentIntentId = typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
  if (!paymentIntentId) throw new AppError("conflict", "Stripe has no payment for this order to refund.", { kind: "no_payment" });
  const isEverythingLeft = targets.length === open.length;
  const amount = isEverythingLeft ? remaining : Math.min(remaining, await ticketsCost(targets, session, order.amountTotal, order.tickets.length));
  const ticketSet = targets.map((t) => t.id).sort().join(",");
  const key = createHash("sha256").update(`${order.id}|${order.amountRefunded}|${ticketSet}`).digest("hex").slice(0, 40);
  let refund: Stripe.Refund;
  try {
    refund = await createRefund({
      paymentIntentId,
      amount,
      metadata: { order_id: order.id, tickets: targets.map((t) => t.code).join(" ").slice(0, 500) },
      idempotencyKey: `refund-${key}`,
    });
  } catch (error) {
    if (isStripeError(error) && error.statusCode === 400) throw new AppError("conflict", `Stripe refused the refund: ${error.message}`, { kind: "refund_refused" });
    throw error;
  }
  const ticketsRefunded = await db.$transaction(async (tx) => {
    const inserted = await tx.orderRefund.createMany({
      data: [{ id: refund.id, orderId: order.id, amount: refund.amount, status: refund.status ?? "succeeded", ticketIds: targets.map((t) => t.id) }],
      skipDuplicates: true,
    });
    const changed = await returnRefundedSeats({ ticketIds: targets.map((t) => t.id), refundId: refund.id }, tx);
    if (inserted.count > 0) {
      const updated = await tx.order.update({ where: { id: order.id }, data: { amountRefunded: { increment: refund.amount } } });
      if (updated.amountRefunded >= updated.amountTotal) await tx.order.update({ where: { id: order.id }, data: { status: "refunded" } });
    }
    return changed.length;
  });
  await recordAudit({
    actor,
    action: isEverythingLeft ? "order.refund" : "order.refund_tickets",
    subject: order.id,
    before: { status: order.status, amountRefunded: order.amountRefunded },
    after: { refund: refund.id, amount: refund.amount, tickets: targets.map((t) => t.code) },
  });
  return { refundId: refund.id, amount: refund.amount, currency: order.currency, ticketsRefunded };
}

/** What the given tickets cost on this order: each line's total split over its quantity, matched by product. */
async function ticketsCost(tickets: { ticketTypeId: string }[], session: Stripe.Checkout.Session, amountTotal: number, ticketCount: number): Promise<number> {
  const types = await getDb().ticketType.findMany({ where: { id: { in: tickets.map((t) => t.ticketTypeId) } }, include: { price: true } });
  const productOf = new Map(types.map((t) => [t.id, t.price?.productId]));
  const perUnit = new Map<string, number>();
  for (const line of session.line_items?.data ?? []) {
    const product = typeof line.price?.product === "string" ? line.price.product : line.price?.product?.id;
    if (product && line.quantity) perUnit.set(product, Math.floor(line.amount_total / line.quantity));
  }
  const fallback = Math.floor(amountTotal / Math.max(1, ticketCount));
  return tickets.reduce((sum, t) => sum + (perUnit.get(productOf.get(t.ticketTypeId) ?? "") ?? fallback), 0);
}
