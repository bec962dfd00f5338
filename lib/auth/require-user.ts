import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./get-current-user";
import { safeNextPath } from "./safe-next-path";

/** The signed-in user; otherwise a redirect to sign-in that comes back to `returnTo` afterwards. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(safeNextPath(returnTo))}`);
  return user;
}
