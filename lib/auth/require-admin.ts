import "server-only";
import { AppError } from "../errors";
import { getCurrentUser, type CurrentUser } from "./get-current-user";

/**
 * For admin actions and route handlers: the signed-in admin, or an AppError (`unauthorized` when signed out,
 * `forbidden` for any other role). Every admin entry point calls it itself; a layout check is not enough,
 * because actions and routes are public endpoints.
 */
export async function requireAdmin(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized", "Please sign in first.");
  if (user.role !== "admin") throw new AppError("forbidden", "Admins only.");
  return user;
}
