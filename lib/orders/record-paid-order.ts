import { getDb } from "../db";
import { convertHold, reclaimHold } from "../inventory";
import { enqueueMail } from "../mail/enqueue-mail";
import { createOrderToken, createTicketCode } from "./create-ticket-code";

export type PaidSession = {
  checkoutSessionId: string;
  holdId: string;
  email: string | null;
  amountTotal: number;
  currency: string;
  /** The shopper's language at checkout: their confirmation email is written in it. */
  locale?: string | null;
};

/**
 * Records a paid ticket session as an order with one ticket per sold seat, exactly once: the order row (unique per
 * session) is inserted first in the same transaction as the conversion, so a concurrent or repeated call
 * waits, finds the order and changes nothing. A hold that had already been released is reclaimed from the
 * seats still free; when they are gone the order is kept as `needs_refund` — paid orders are never lost and
 * seats are never sold twice. The confirmation email is queued in the same transaction (see lib/mail).
 */
export async function recordPaidOrder(session: PaidSession): Promise<{ token: string; created: boolean }> {
  return getDb().$transaction(async (tx) => {
    // A hold paid through another session (never expected: one session per hold) is not this order's to take.
    const holds = await tx.$queryRaw<{ checkoutSessionId: string | null }[]>`
      SELECT checkout_session_id AS "checkoutSessionId" FROM hold WHERE id = ${session.holdId}::uuid FOR UPDATE`;
    const isOwnHold = !!holds[0] && (holds[0].checkoutSessionId === null || holds[0].checkoutSessionId === session.checkoutSessionId);
    const holdId = isOwnHold ? session.holdId : null;
    const inserted = await tx.$queryRaw<{ id: string; token: string }[]>`
      INSERT INTO "order" (token, checkout_session_id, hold_id, email, amount_total, currency)
      VALUES (${createOrderToken()}, ${session.checkoutSessionId}, ${holdId}::uuid, ${session.email},
              ${session.amountTotal}, ${session.currency})
      ON CONFLICT (checkout_session_id) DO NOTHING
      RETURNING id, token`;
    const order = inserted[0];
    if (!order) {
      const existing = await tx.order.findUniqueOrThrow({ where: { checkoutSessionId: session.checkoutSessionId } });
      return { token: existing.token, created: false };
    }
    if (session.email) await enqueueMail({ kind: "order_confirmation", orderId: order.id, toAddress: session.email, locale: session.locale }, tx);
    const isSold = !!holdId && ((await convertHold({ holdId }, tx)) || (await reclaimHold({ holdId }, tx)));
    if (!isSold) {
      await tx.order.update({ where: { id: order.id }, data: { status: "needs_refund" } });
      console.error(`fulfil: session ${session.checkoutSessionId} was paid but its seats are gone; order needs a refund`);
      return { token: order.token, created: true };
    }
    const seats = await tx.seat.findMany({ where: { holdId, status: "sold" }, select: { id: true, ticketTypeId: true } });
    await tx.ticket.createMany({
      data: seats.map((seat) => ({ orderId: order.id, ticketTypeId: seat.ticketTypeId, seatId: seat.id, code: createTicketCode() })),
    });
    return { token: order.token, created: true };
  });
}

