import { getDb } from "../db";
import { getAvailability } from "../inventory/get-availability";

export type LiveHold = {
  id: string;
  /** The account's email, or for a guest the first characters of the holder cookie's id. */
  holder: string;
  isGuest: boolean;
  seats: number;
  lines: { name: string; quantity: number }[];
  expiresAt: string;
  /** What Stripe's side looks like from here: no session yet, open for payment, or paid with a delayed method. */
  sessionStatus: "none" | "open" | "processing";
  checkoutSessionId: string | null;
};
export type LiveStock = {
  eventId: string;
  eventName: string;
  serverNow: string;
  ticketTypes: { id: string; name: string; capacity: number; sold: number; held: number; available: number }[];
  holds: LiveHold[];
};

/**
 * The small payload the live stock page polls: counts per ticket type from the seat rows, and every active
 * hold with its deadline (the page counts down against `serverNow`, so browser clock skew does not matter).
 */
export async function getLiveStock({ eventId }: { eventId: string }): Promise<LiveStock | null> {
  const db = getDb();
  const event = await db.event.findUnique({ where: { id: eventId }, include: { ticketTypes: { orderBy: { sortOrder: "asc" } } } });
  if (!event) return null;
  const availability = await getAvailability({ ticketTypeIds: event.ticketTypes.map((t) => t.id) });
  const holds = await db.hold.findMany({
    where: { status: "active", lines: { some: { ticketType: { eventId } } } },
    include: { lines: { include: { ticketType: true } } },
    orderBy: { expiresAt: "asc" },
    take: 500,
  });
  const members = await db.member.findMany({ where: { holderId: { in: holds.map((h) => h.holderId) } } });
  const users = await db.user.findMany({ where: { id: { in: members.map((m) => m.userId) } }, select: { id: true, email: true } });
  const emailOf = new Map(members.map((m) => [m.holderId, users.find((u) => u.id === m.userId)?.email]));
  return {
    eventId,
    eventName: event.name,
    serverNow: new Date().toISOString(),
    ticketTypes: event.ticketTypes.map((t) => {
      const a = availability.get(t.id) ?? { capacity: 0, sold: 0, held: 0, available: 0 };
      return { id: t.id, name: t.name, capacity: a.capacity, sold: a.sold, held: a.held, available: a.available };
    }),
    holds: holds.map((h) => ({
      id: h.id,
      holder: emailOf.get(h.holderId) ?? h.holderId.slice(0, 8),
      isGuest: !emailOf.get(h.holderId),
      seats: h.lines.reduce((n, l) => n + l.quantity, 0),
      lines: h.lines.map((l) => ({ name: l.ticketType.name, quantity: l.quantity })),
      expiresAt: h.expiresAt.toISOString(),
      sessionStatus: h.awaitingPaymentSince ? "processing" : h.checkoutSessionId ? "open" : "none",
      checkoutSessionId: h.checkoutSessionId,
    })),
  };
}
