/**
 * How far the server's clock is ahead of this browser's, taken from a reading of the server's "now" the first time
 * this browser sees that reading (a reading arrives with the page or the answer that carries it). Countdowns must
 * not take it when they mount: a dialog opened two minutes after the page loaded would count from then and show
 * two minutes too many.
 */
const offsets = new Map<number, number>();

export function clockOffsetFor(serverNow: number): number {
  // On the server the reading is this very moment, and nothing may be kept per request.
  if (typeof window === "undefined") return serverNow - Date.now();
  let offset = offsets.get(serverNow);
  if (offset === undefined) {
    offset = serverNow - Date.now();
    offsets.set(serverNow, offset);
  }
  return offset;
}
