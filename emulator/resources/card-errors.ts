import type Stripe from "stripe";
import { DECLINE_MESSAGES } from "../engine/cards";
import { StripeApiError } from "../engine/stripe-error";

/** Declines carry code `card_declined` and say why in `decline_code`; other failures are codes of their own. */
const DECLINE_CODES = new Set(["generic_decline", "insufficient_funds", "card_declined"]);

export interface CardFailure {
  code: string;
  decline_code: string | null;
  message: string;
}

export function cardFailure(reason: string): CardFailure {
  if (DECLINE_CODES.has(reason)) {
    return {
      code: "card_declined",
      decline_code: reason === "card_declined" ? "generic_decline" : reason,
      message: DECLINE_MESSAGES[reason]!,
    };
  }
  if (reason === "authentication_required") {
    return {
      code: "authentication_required",
      decline_code: "authentication_required",
      message: DECLINE_MESSAGES[reason]!,
    };
  }
  return { code: reason, decline_code: null, message: DECLINE_MESSAGES[reason] ?? "Your card was declined." };
}

/** Stripe's wording when 3-D Secure fails; the same for payments and setups. */
export const AUTHENTICATION_FAILED_MESSAGE =
  "We are unable to authenticate your payment method. Please choose a different payment method and try again.";

/**
 * HTTP 402 `card_error`. Saved by the idempotency layer (the request ran); `extra` names the intent it
 * happened on, as Stripe's error object does.
 */
export function cardError(failure: CardFailure, param?: string, extra?: Record<string, unknown>): StripeApiError {
  return new StripeApiError(
    402,
    "card_error",
    failure.message,
    { code: failure.code, decline_code: failure.decline_code ?? undefined, param, extra },
    true,
  );
}

/** The `last_payment_error`/`last_setup_error` object for a failure. */
export function lastError(failure: CardFailure, paymentMethod: Stripe.PaymentMethod | null) {
  return {
    type: "card_error" as const,
    code: failure.code,
    decline_code: failure.decline_code ?? undefined,
    doc_url: `https://stripe.com/docs/error-codes/${failure.code.replace(/_/g, "-")}`,
    message: failure.message,
    payment_method: paymentMethod ?? undefined,
  };
}
