import "server-only";
import { AppError } from "../errors";
import { getCurrentUser, type CurrentUser } from "./get-current-user";

/** For actions: the signed-in user, or an `unauthorized` AppError (actions are public endpoints). */
export async function requireUserOrThrow(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized", "Please sign in first.");
  return user;
}
