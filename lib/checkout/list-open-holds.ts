import { getDb } from "../db";
import { getDbNow } from "../inventory";

export type OpenHold = {
  holdId: string;
  /** ISO time, on the database's clock. */
  expiresAt: string;
  eventName: string;
  eventSlug: string;
  lines: { name: string; quantity: number }[];
};

/**
 * The shopper's checkouts still in progress: active holds of this holder (cookie, or the account it points at)
 * that have not reached their end and are not waiting on a delayed payment — exactly the holds the
 * per-holder limit of `reserve_seats` counts, so this list explains "You already have 3 checkouts in progress".
 * No holder → none (never another shopper's holds). Soonest to end first.
 */
export async function listOpenHolds({ holderId }: { holderId: string | undefined }): Promise<{ holds: OpenHold[]; serverNow: number }> {
  const now = await getDbNow();
  if (!holderId) return { holds: [], serverNow: now.getTime() };
  const holds = await getDb().hold.findMany({
    where: { holderId, status: "active", awaitingPaymentSince: null, expiresAt: { gt: now } },
    orderBy: { expiresAt: "asc" },
    include: { lines: { include: { ticketType: { include: { event: { select: { name: true, slug: true } } } } } } },
  });
  return {
    // The browser's countdowns correct their clock by this (see useCountdown).
    serverNow: now.getTime(),
    holds: holds.map((hold) => ({
      holdId: hold.id,
      expiresAt: hold.expiresAt.toISOString(),
      eventName: hold.lines[0]?.ticketType.event.name ?? "",
      eventSlug: hold.lines[0]?.ticketType.event.slug ?? "",
      lines: hold.lines.map((line) => ({ name: line.ticketType.name, quantity: line.quantity })),
    })),
  };
}
