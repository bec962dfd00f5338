import { randomUUID } from "node:crypto";
import { getDb } from "../db";
import { releaseHold, reserveSeats } from "../inventory";
import { recordPaidOrder } from "../orders/record-paid-order";
import { createTestEvent } from "./create-test-event";

/**
 * Test factory: a `needs_refund` order made the way production makes one — a payment lands for a hold that had
 * already ended and whose seat was sold to someone else. Its one-seat event is then moved into the past so
 * it stays off the storefront. Returns the order's link token.
 */
export async function createRefundOrder({ email, locale }: { email: string; locale?: string }): Promise<{ token: string }> {
  const { eventId, ticketTypeIds } = await createTestEvent([1]);
  const items = [{ ticketTypeId: ticketTypeIds[0]!, quantity: 1 }];
  const late = await reserveSeats({ holderId: `refund-${randomUUID()}`, items });
  await releaseHold({ holdId: late.holdId, reason: "expired" });
  await reserveSeats({ holderId: `refund-${randomUUID()}`, items });
  const { token } = await recordPaidOrder({
    checkoutSessionId: `cs_test_refund_${randomUUID().replace(/-/g, "")}`,
    holdId: late.holdId,
    email,
    amountTotal: 4500,
    currency: "eur",
    locale,
  });
  await getDb().event.update({ where: { id: eventId }, data: { name: "Late Payment Test Night", startsAt: new Date(Date.now() - 86_400_000) } });
  return { token };
}
