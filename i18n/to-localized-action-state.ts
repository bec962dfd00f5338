import "server-only";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/action";
import { isAppError } from "@/lib/errors";
import { describeAppError, type ErrorKeyOverrides } from "./describe-app-error";

type Options = {
  /** Which form field a refusal belongs to, from its details (e.g. the ticket type it names). */
  fieldFromDetails?: (details: Record<string, unknown>) => string | undefined;
  /** Clearer messages for codes in this action's context. */
  overrides?: ErrorKeyOverrides;
};

/**
 * `toActionState` in the user's language: use this in every server action that shows a refusal to a person.
 * A domain refusal (AppError) becomes the message for its code; anything unexpected is logged and shown as a
 * generic message (never a stack trace or an internal detail).
 */
export async function toLocalizedActionState(error: unknown, { fieldFromDetails, overrides }: Options = {}): Promise<ActionState> {
  const t = await getTranslations("errors");
  if (!isAppError(error)) {
    console.error("action failed", error);
    return { error: t("internal") };
  }
  const message = describeAppError(t, error, overrides);
  const field = fieldFromDetails?.(error.details);
  return field ? { error: message, fieldErrors: { [field]: message } } : { error: message };
}
