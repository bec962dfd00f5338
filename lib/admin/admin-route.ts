import "server-only";
import { requireAdmin } from "../auth/require-admin";
import type { CurrentUser } from "../auth/get-current-user";
import { isAppError } from "../errors";

/** Wraps an admin route handler: the role is checked first, refusals become JSON with their status. */
export function adminRoute<C>(handler: (request: Request, context: C, admin: CurrentUser) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const admin = await requireAdmin();
      return await handler(request, context, admin);
    } catch (error) {
      if (isAppError(error)) return Response.json({ error: error.code, message: error.message }, { status: error.status, headers: { "cache-control": "no-store" } });
      console.error("admin route failed", error);
      return Response.json({ error: "internal" }, { status: 500 });
    }
  };
}
