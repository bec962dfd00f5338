import { getDb } from "../db";
import { isUuid } from "../is-uuid";

export type HoldDetails = {
  id: string;
  holderId: string;
  status: "active" | "released" | "converted";
  expiresAt: Date;
  createdAt: Date;
  checkoutSessionId: string | null;
  isAwaitingPayment: boolean;
  lines: { ticketTypeId: string; name: string; quantity: number; eventSlug: string; eventName: string }[];
};

/** A hold with what it holds, or null. */
export async function getHold({ holdId }: { holdId: string }): Promise<HoldDetails | null> {
  if (!isUuid(holdId)) return null;
  const hold = await getDb().hold.findUnique({
    where: { id: holdId },
    include: { lines: { include: { ticketType: { include: { event: true } } } } },
  });
  if (!hold) return null;
  return {
    id: hold.id,
    holderId: hold.holderId,
    status: hold.status,
    expiresAt: hold.expiresAt,
    createdAt: hold.createdAt,
    checkoutSessionId: hold.checkoutSessionId,
    isAwaitingPayment: hold.awaitingPaymentSince !== null,
    lines: hold.lines.map((line) => ({
      ticketTypeId: line.ticketTypeId,
      name: line.ticketType.name,
      quantity: line.quantity,
      eventSlug: line.ticketType.event.slug,
      eventName: line.ticketType.event.name,
    })),
  };
}
