import "server-only";
import { headers } from "next/headers";
import { getAuth } from "./auth";

export type CurrentUser = { id: string; email: string; name: string; role: "member" | "admin" };

/** The signed-in user of this request, or undefined. Reads (and refreshes) the session cookie. */
export async function getCurrentUser(): Promise<CurrentUser | undefined> {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return undefined;
  const { id, email, name, role } = session.user;
  return { id, email, name, role: role === "admin" ? "admin" : "member" };
}
