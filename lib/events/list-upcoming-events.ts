import { getDb } from "../db";
import { getAvailability } from "../inventory/get-availability";
import { toEventSummary, type EventSummary } from "./to-event-summary";

/** Events that have not started yet, soonest first, with their ticket types, prices and live stock. */
export async function listUpcomingEvents({ now = new Date() }: { now?: Date } = {}): Promise<EventSummary[]> {
  const events = await getDb().event.findMany({
    where: { startsAt: { gte: now }, published: true },
    orderBy: { startsAt: "asc" },
    include: { ticketTypes: { include: { price: { include: { product: true } } }, orderBy: { sortOrder: "asc" } } },
  });
  const availability = await getAvailability({ ticketTypeIds: events.flatMap((event) => event.ticketTypes.map((t) => t.id)) });
  return events.map((event) => toEventSummary(event, availability, now));
}
