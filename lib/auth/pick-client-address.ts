/**
 * The client's address from `X-Forwarded-For`, given how many reverse proxies in front of the app append to it
 * (`TRUST_PROXY_HEADERS`). Each proxy appends the address it was reached from, so with N trusted proxies the
 * client is the N-th entry from the right; anything left of it was sent by the client and is never trusted.
 * With 0 (the app reached directly) Next.js records the connection's address there — unless the client sent the
 * header itself, which a directly exposed server cannot tell apart: production runs behind a proxy and sets N.
 */
export function pickClientAddress(forwardedFor: string | null, trustedProxies: number): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  return entries[Math.max(0, entries.length - Math.max(1, trustedProxies))] ?? null;
}
