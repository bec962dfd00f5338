import Stripe from "stripe";

/** Narrows an SDK error, optionally to one Stripe error code (e.g. "resource_missing"). */
export function isStripeError(error: unknown, code?: string): error is Stripe.errors.StripeError {
  return error instanceof Stripe.errors.StripeError && (code === undefined || error.code === code);
}
