import { isUuid } from "../is-uuid";
import { getEventStockCached, type EventStock } from "../inventory";

/** An event's stock per ticket type (at most a second old), or null when the event does not exist. */
export async function getEventStock({ eventId }: { eventId: string }): Promise<EventStock | null> {
  if (!isUuid(eventId)) return null;
  return getEventStockCached(eventId);
}
