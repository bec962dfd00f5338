import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { getEnv } from "../env";
import { HOLDER_COOKIE, HOLDER_ID_PATTERN as HOLDER_ID } from "./holder-id";

// Shoppers need no account: an anonymous, httpOnly cookie says whose holds are whose. Signing in points the
// cookie at the account's holder id (see merge-holder-into-account.ts); signing out clears it.

/** The shopper's holder id, if the browser has one. */
export async function getHolderId(): Promise<string | undefined> {
  const value = (await cookies()).get(HOLDER_COOKIE)?.value;
  return value && HOLDER_ID.test(value) ? value : undefined;
}

/** The shopper's holder id, creating the cookie when missing (server actions and route handlers only). */
export async function getOrCreateHolderId(): Promise<string> {
  const existing = await getHolderId();
  if (existing) return existing;
  const id = randomUUID();
  (await cookies()).set(HOLDER_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().APP_URL.startsWith("https:"),
    path: "/",
    maxAge: 60 * 60 * 24 * 30,
  });
  return id;
}
