import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { describeInvalidFields, toAdminActionState } from "@/i18n/to-admin-action-state";
import type { ActionState } from "../action";
import { requireAdmin } from "../auth/require-admin";
import type { CurrentUser } from "../auth/get-current-user";

export type AdminActionState = ActionState & { ok?: boolean; message?: string };

/**
 * Builds an admin server action: checks the role first (an anonymous or member caller gets a refusal and
 * nothing runs), then validates the form with `schema`, then runs `run`, which returns the success message in
 * the admin's language. Refusals come back as form state in the admin's language, with per-field errors.
 */
export function adminAction<S extends z.ZodType>(
  schema: S,
  run: (input: z.infer<S>, admin: CurrentUser) => Promise<string | void>,
): (previous: AdminActionState | undefined, form: FormData) => Promise<AdminActionState> {
  return async (_previous, form) => {
    try {
      const admin = await requireAdmin();
      const parsed = schema.safeParse(formToObject(form));
      if (!parsed.success) return describeInvalidFields(parsed.error.issues.map((issue) => String(issue.path[0] ?? "form")));
      const message = await run(parsed.data, admin);
      return { ok: true, message: message ?? undefined };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are not failures
      return toAdminActionState(error);
    }
  };
}

/** FormData to a plain object; repeated names become arrays, empty strings stay (schemas decide). */
function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (key.startsWith("$ACTION")) continue;
    const current = out[key];
    if (current === undefined) out[key] = value;
    else out[key] = Array.isArray(current) ? [...(current as string[]), value] : [current, value];
  }
  return out;
}
