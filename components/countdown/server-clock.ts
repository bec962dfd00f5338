/**
 * How far the server's clock is ahead of this browser's, taken from a reading of the server's "now" the first time
 * this browser's code sees that reading (as the page that carries it hydrates, or as an answer carrying one comes
 * in). Countdowns must not take it each time they mount: a dialog opened two minutes after the page loaded would
 * count from then and show two minutes too many.
 */
const offsets = new Map<number, number>();
// A page sees a handful of readings (the page, a refresh, an action's answer); older ones are never asked again.
const KEPT_READINGS = 20;

export function getClockOffset(serverNow: number): number {
  // On the server the reading is this very moment, and nothing may be kept per request.
  if (typeof window === "undefined") return serverNow - Date.now();
  let offset = offsets.get(serverNow);
  if (offset === undefined) {
    offset = serverNow - Date.now();
    offsets.set(serverNow, offset);
    if (offsets.size > KEPT_READINGS) offsets.delete(offsets.keys().next().value!);
  }
  return offset;
}
