import { getDb } from "../db";
import { getAvailability } from "../inventory/get-availability";
import { toEventSummary, type EventSummary } from "./to-event-summary";

/** One event with its ticket types and live stock, or null when the slug is unknown. */
export async function getEventBySlug({ slug }: { slug: string }): Promise<EventSummary | null> {
  const event = await getDb().event.findUnique({
    where: { slug },
    include: { ticketTypes: { include: { price: { include: { product: true } } }, orderBy: { sortOrder: "asc" } } },
  });
  if (!event || !event.published) return null;
  const availability = await getAvailability({ ticketTypeIds: event.ticketTypes.map((t) => t.id) });
  return toEventSummary(event, availability);
}
