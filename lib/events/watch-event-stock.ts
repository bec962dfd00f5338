import { isUuid } from "../is-uuid";
import { subscribeToEventStock } from "../inventory";

/**
 * Sends an event's stock to `send` as server-sent events (now, then on every change) until the returned stop
 * function is called; null when the event does not exist.
 */
export async function watchEventStock({ eventId }: { eventId: string }, send: (chunk: Uint8Array) => void): Promise<(() => void) | null> {
  if (!isUuid(eventId)) return null;
  return subscribeToEventStock(eventId, send);
}
