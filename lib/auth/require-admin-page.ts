import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./get-current-user";
import { safeNextPath } from "./safe-next-path";

/** For admin pages: the admin; signed-out visitors go to sign-in, members get a 403 page. */
export async function requireAdminPage(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(safeNextPath(returnTo, "/admin"))}`);
  if (user.role !== "admin") forbidden();
  return user;
}
