import "server-only";
import { headers } from "next/headers";
import { getEnv } from "../env";
import { pickClientAddress } from "./pick-client-address";
import { toClientKey } from "./to-client-key";

/** The requesting client's address key (server actions and route handlers), or "unknown" when there is none. */
export async function getClientKey(): Promise<string> {
  const address = pickClientAddress((await headers()).get("x-forwarded-for"), getEnv().TRUST_PROXY_HEADERS);
  return toClientKey(address) ?? "unknown";
}
