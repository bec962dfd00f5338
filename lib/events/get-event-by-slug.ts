import { getDb } from "../db";
import { getAvailability } from "../inventory/get-availability";
import { rememberCatalogRead } from "./remember-catalog-read";
import { toEventSummary, type EventSummary } from "./to-event-summary";

/**
 * One event with its ticket types and live stock, or null when the slug is unknown (or unpublished). The event,
 * ticket types and prices come from this process's catalog memory (dropped whenever the database says they
 * changed); the stock is read now, in one query.
 */
export async function getEventBySlug({ slug }: { slug: string }): Promise<EventSummary | null> {
  const event = await rememberCatalogRead(`event:${slug}`, () =>
    getDb().event.findUnique({
      where: { slug },
      include: { ticketTypes: { include: { price: { include: { product: true } } }, orderBy: { sortOrder: "asc" } } },
    }),
  );
  if (!event || !event.published) return null;
  const availability = await getAvailability({ ticketTypeIds: event.ticketTypes.map((t) => t.id) });
  return toEventSummary(event, availability);
}
