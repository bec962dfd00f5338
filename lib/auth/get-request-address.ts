import "server-only";
import { headers } from "next/headers";

/**
 * The requesting client's address for rate limits: the last `X-Forwarded-For` entry, which Next.js (or the one
 * proxy in front of it) appends; entries left of it are client-supplied and ignored. "unknown" when absent.
 * TODO(hardening): use lib/auth/get-client-key (TRUST_PROXY_HEADERS, IPv6 /64) once it is on main.
 */
export async function getRequestAddress(): Promise<string> {
  const entries = ((await headers()).get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return entries.at(-1) ?? "unknown";
}
