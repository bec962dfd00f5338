import type Stripe from "stripe";
import { fulfillOrder } from "../../orders/fulfill-order";

/** Stripe says the session expired; re-read it (events arrive late and out of order), then release its own hold. */
export async function handleCheckoutSessionExpired(event: Stripe.CheckoutSessionExpiredEvent) {
  await fulfillOrder({ checkoutSessionId: event.data.object.id });
}
