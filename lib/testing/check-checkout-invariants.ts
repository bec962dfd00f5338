import type Stripe from "stripe";
import { expect } from "vitest";
import { getDb } from "../db";

/**
 * The checkout invariants every fault-matrix cell ends in (issue 10):
 * 1. no seat in two holds or tickets; a held seat belongs to an active hold, a sold one to a converted hold;
 * 2. per ticket type, sold + held + available = capacity;
 * 3. every paid session has an order — with one ticket per seat it paid for, or flagged `needs_refund`;
 * 4. no hold is active past its end + `graceSeconds` unless Stripe still reports its session payable
 *    (open, or complete with the payment still processing).
 */
export async function checkCheckoutInvariants({ stripe, ticketTypeIds, graceSeconds = 30 }: { stripe: Stripe; ticketTypeIds: string[]; graceSeconds?: number }) {
  const db = getDb();
  const badSeats = await db.$queryRaw<{ id: bigint; problem: string }[]>`
    SELECT s.id, 'held seat outside an active hold' AS problem FROM seat s LEFT JOIN hold h ON h.id = s.hold_id
      WHERE s.status = 'held' AND (h.id IS NULL OR h.status <> 'active')
    UNION ALL SELECT s.id, 'sold seat outside a converted hold' FROM seat s LEFT JOIN hold h ON h.id = s.hold_id
      WHERE s.status = 'sold' AND (h.id IS NULL OR h.status <> 'converted')
    UNION ALL SELECT s.id, 'available seat with a hold' FROM seat s WHERE s.status = 'available' AND s.hold_id IS NOT NULL
    UNION ALL SELECT t.seat_id, 'seat ticketed twice' FROM ticket t GROUP BY t.seat_id HAVING count(*) > 1
    UNION ALL SELECT t.seat_id, 'ticket for an unsold seat' FROM ticket t JOIN seat s ON s.id = t.seat_id WHERE s.status <> 'sold'`;
  expect(badSeats, "seat invariants").toEqual([]);

  for (const ticketTypeId of ticketTypeIds) {
    const [row] = await db.$queryRaw<{ capacity: number; total: number }[]>`
      SELECT t.capacity, (SELECT count(*)::int FROM seat s WHERE s.ticket_type_id = t.id) AS total FROM ticket_type t WHERE t.id = ${ticketTypeId}::uuid`;
    expect(row!.total, "sold + held + available = capacity").toBe(row!.capacity);
  }

  const holdIds = new Set(
    (await db.holdLine.findMany({ where: { ticketTypeId: { in: ticketTypeIds } }, select: { holdId: true } })).map((line) => line.holdId),
  );
  for await (const session of stripe.checkout.sessions.list({ limit: 100, expand: ["data.payment_intent"] })) {
    const holdId = session.metadata?.hold_id;
    if (!holdId || !holdIds.has(holdId)) continue;
    if (session.status === "complete" && session.payment_status === "paid") {
      const order = await db.order.findUnique({ where: { checkoutSessionId: session.id }, include: { tickets: true } });
      expect(order, `paid session ${session.id} has an order`).not.toBeNull();
      if (order!.status === "paid") {
        const lines = await db.holdLine.findMany({ where: { holdId } });
        expect(order!.tickets.length, "one ticket per paid seat").toBe(lines.reduce((sum, line) => sum + line.quantity, 0));
      }
    }
  }

  const overdue = await db.$queryRaw<{ id: string; checkoutSessionId: string | null }[]>`
    SELECT id, checkout_session_id AS "checkoutSessionId" FROM hold
    WHERE status = 'active' AND expires_at < now() - make_interval(secs => ${graceSeconds}) AND id = ANY (${[...holdIds]}::uuid[])`;
  for (const hold of overdue) {
    expect(hold.checkoutSessionId, `overdue hold ${hold.id} has a session Stripe could still be paid through`).not.toBeNull();
    const session = await stripe.checkout.sessions.retrieve(hold.checkoutSessionId!, { expand: ["payment_intent"] });
    const intent = session.payment_intent as Stripe.PaymentIntent | null;
    const isPayable = session.status === "open" || (session.status === "complete" && intent?.status === "processing");
    expect(isPayable, `overdue hold ${hold.id}: its session is ${session.status}`).toBe(true);
  }
}
