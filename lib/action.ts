import { isAppError } from "./errors";

/** What a form's server action hands back to its form: a message, and per-field messages. */
export type ActionState = { error?: string; fieldErrors?: Record<string, string> };

/**
 * Turns a domain refusal into form state; anything unexpected is logged and shown as a generic message
 * (never a stack trace or an internal detail).
 */
export function toActionState(error: unknown, fieldFromDetails?: (details: Record<string, unknown>) => string | undefined): ActionState {
  if (isAppError(error)) {
    const field = fieldFromDetails?.(error.details);
    return field ? { error: error.message, fieldErrors: { [field]: error.message } } : { error: error.message };
  }
  console.error("action failed", error);
  return { error: "Something went wrong. Please try again." };
}
