import "server-only";
import type Stripe from "stripe";
import { getStripe } from "./get-stripe";

/** The session as Stripe has it now, with its line items. Webhook handlers trust this, not the event body. */
export function retrieveCheckoutSession(id: string): Promise<Stripe.Checkout.Session> {
  return getStripe().checkout.sessions.retrieve(id, { expand: ["line_items"] });
}
