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

// Refusals whose `details.kind` says more than the code does (memberships, presale): the same message wherever
// the refusal surfaces, so each action does not need its own overrides for them.
const keyByKind: Partial<Record<string, ErrorMessageKey>> = {
  plan: "membershipPlanUnavailable",
  already_member: "membershipAlreadyMember",
  membership: "membershipNotFound",
  membership_ended: "membershipEnded",
  membership_checkout: "membershipCheckoutUnavailable",
  card_setup: "membershipCardSetupNotFound",
  card_not_ready: "membershipCardNotReady",
  members_only: "presaleMembersOnly",
  sale_not_open: "saleNotOpen",
};

export type ErrorKeyOverrides = Partial<Record<AppErrorCode, ErrorMessageKey>>;

/**
 * A domain refusal in the user's language. lib/ speaks English for logs; the UI shows the message for the
 * error's code (and its details: how many are left, the limit), never `error.message`. `overrides` says it
 * better where the caller knows the context (a `not_found` while reserving is a ticket type that went away).
 */
export function describeAppError(t: ErrorTranslator, error: AppError, overrides: ErrorKeyOverrides = {}): string {
  const { details } = error;
  if (error.code === "not_enough_seats" && typeof details.available === "number") {
    if (typeof details.requested === "number") return t("notEnoughSeatsAsked", { available: details.available, requested: details.requested });
    return t("notEnoughSeats", { available: details.available });
  }
  if (error.code === "conflict" && details.kind === "contended") return t("contended");
  if (error.code === "limit_exceeded" && details.kind === "rate_limit" && typeof details.retryAfterSeconds === "number") {
    return t("limitRate", { seconds: details.retryAfterSeconds });
  }
  if (error.code === "limit_exceeded" && typeof details.limit === "number") {
    if (details.kind === "seats_per_order") return t("limitSeatsPerOrder", { limit: details.limit });
    if (details.kind === "active_holds") return t("limitActiveHolds", { limit: details.limit });
    if (details.kind === "client_event_seats") {
      return typeof details.remaining === "number" && details.remaining > 0
        ? t("limitClientEventSeatsRemaining", { limit: details.limit, remaining: details.remaining })
        : t("limitClientEventSeats", { limit: details.limit });
    }
  }
  const kindKey = typeof details.kind === "string" ? keyByKind[details.kind] : undefined;
  if (kindKey) return t(kindKey);
  const override = overrides[error.code];
  if (override) return t(override);
  // A code-keyed message that needs values it did not get falls back to the plain one for the code.
  if (error.code === "not_enough_seats") return t("soldOut");
  if (error.code === "limit_exceeded") return t("limitExceeded");
  return t(keyByCode[error.code] ?? "internal");
}
