/** Stripe's events are a few kilobytes; anything near this is not one of them. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

/**
 * The request body as text, or null when it is larger than `maxBytes`: refused from Content-Length before
 * reading anything, otherwise by counting while reading and stopping at the limit.
 */
export async function readCappedBody(request: Request, maxBytes = MAX_WEBHOOK_BODY_BYTES): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
