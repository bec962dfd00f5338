import type { AppError, AppErrorCode } from "@/lib/errors";
import type messages from "../messages/en.json";

export type ErrorMessageKey = keyof (typeof messages)["errors"];

/** Only what is needed of `getTranslations("errors")` / `useTranslations("errors")`. */
type ErrorTranslator = (key: ErrorMessageKey, values?: Record<string, number>) => string;

// Every code has a message: a new code in lib/errors.ts fails the typecheck here until it gets one.
const keyByCode: Record<AppErrorCode, ErrorMessageKey> = {
  invalid_input: "invalidInput",
  unauthorized: "unauthorized",
  forbidden: "forbidden",
  not_found: "notFound",
  conflict: "conflict",
  sold_out: "soldOut",
  not_enough_seats: "notEnoughSeats",
  limit_exceeded: "limitExceeded",
  hold_expired: "holdExpired",
  payment_provider_error: "paymentProviderError",
  internal: "internal",
};

export type ErrorKeyOverrides = Partial<Record<AppErrorCode, ErrorMessageKey>>;

/**
 * A domain refusal in the user's language. lib/ speaks English for logs; the UI shows the message for the
 * error's code (and its details: how many are left, the limit), never `error.message`. `overrides` says it
 * better where the caller knows the context (a `not_found` while reserving is a ticket type that went away).
 */
export function describeAppError(t: ErrorTranslator, error: AppError, overrides: ErrorKeyOverrides = {}): string {
  const { details } = error;
  if (error.code === "not_enough_seats" && typeof details.available === "number") return t("notEnoughSeats", { available: details.available });
  if (error.code === "limit_exceeded" && typeof details.limit === "number") {
    if (details.kind === "seats_per_order") return t("limitSeatsPerOrder", { limit: details.limit });
    if (details.kind === "active_holds") return t("limitActiveHolds", { limit: details.limit });
  }
  const override = overrides[error.code];
  if (override) return t(override);
  // A code-keyed message that needs values it did not get falls back to the plain one for the code.
  if (error.code === "not_enough_seats") return t("soldOut");
  if (error.code === "limit_exceeded") return t("limitExceeded");
  return t(keyByCode[error.code] ?? "internal");
}
