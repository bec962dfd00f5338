import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { headers } from "next/headers";
import { cache } from "react";
import { getAuth } from "./auth";

export type CurrentUser = { id: string; email: string; name: string; role: "member" | "admin" };

/**
 * The signed-in user of this request, or undefined. Reads (and refreshes) the session cookie. Without a session
 * cookie there is no one to look up: most shoppers (and every flash-sale request) skip Better Auth entirely.
 * Once per request (the header and the page share the answer).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | undefined> => {
  const requestHeaders = await headers();
  if (!getSessionCookie(requestHeaders)) return undefined;
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return undefined;
  const { id, email, name, role } = session.user;
  return { id, email, name, role: role === "admin" ? "admin" : "member" };
});
