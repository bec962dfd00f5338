import "server-only";
import type Stripe from "stripe";
import { getStripe } from "./get-stripe";
import { toRequestOptions, type StripeCallOptions } from "./to-request-options";

/**
 * The session as Stripe has it now, with its line items and PaymentIntent (whose status says whether a
 * delayed payment failed). Webhook handlers trust this, not the event body.
 */
export function retrieveCheckoutSession(id: string, options?: StripeCallOptions): Promise<Stripe.Checkout.Session> {
  return getStripe().checkout.sessions.retrieve(id, { expand: ["line_items", "payment_intent"] }, toRequestOptions(options));
}
