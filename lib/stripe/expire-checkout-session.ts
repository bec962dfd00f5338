import "server-only";
import type Stripe from "stripe";
import { getStripe } from "./get-stripe";
import { isStripeError } from "./is-stripe-error";
import { toRequestOptions, type StripeCallOptions } from "./to-request-options";

export type ExpireOutcome = { state: "expired" } | { state: "complete"; session: Stripe.Checkout.Session };

/**
 * Ends a session so it can no longer be paid. Stripe refuses to expire a session that is not open; then the
 * session is re-read: already expired counts as expired, complete is reported so the caller can fulfil.
 * A session Stripe does not know counts as expired.
 */
export async function expireCheckoutSession(id: string, options?: StripeCallOptions): Promise<ExpireOutcome> {
  const stripe = getStripe();
  try {
    await stripe.checkout.sessions.expire(id, {}, toRequestOptions(options));
    return { state: "expired" };
  } catch (error) {
    // A session Stripe does not have (another account or mode, or deleted test data) can never be paid.
    if (isStripeError(error, "resource_missing")) return { state: "expired" };
    if (!isStripeError(error) || error.statusCode !== 400) throw error;
    const session = await stripe.checkout.sessions.retrieve(id, {}, toRequestOptions(options));
    if (session.status === "expired") return { state: "expired" };
    if (session.status === "complete") return { state: "complete", session };
    throw error;
  }
}
