import { getDb } from "../db";

export type Attendee = { code: string; ticketType: string; email: string; orderToken: string; purchasedAt: string; checkedInAt: string; refundedAt: string };

/** Every ticket of an event with its buyer, for the attendee CSV. */
export async function listAttendees({ eventId }: { eventId: string }): Promise<Attendee[]> {
  const tickets = await getDb().ticket.findMany({
    where: { ticketTypeId: { in: (await getDb().ticketType.findMany({ where: { eventId }, select: { id: true } })).map((t) => t.id) } },
    include: { order: true },
    orderBy: { createdAt: "asc" },
  });
  const types = new Map((await getDb().ticketType.findMany({ where: { eventId } })).map((t) => [t.id, t.name]));
  return tickets.map((t) => ({
    code: t.code,
    ticketType: types.get(t.ticketTypeId) ?? "",
    email: t.order.email ?? "",
    orderToken: t.order.token,
    purchasedAt: t.createdAt.toISOString(),
    checkedInAt: t.checkedInAt?.toISOString() ?? "",
    refundedAt: t.refundedAt?.toISOString() ?? "",
  }));
}
