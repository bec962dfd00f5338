import type Stripe from "stripe";
import { fulfillOrder } from "../../orders/fulfill-order";

/** Paid → order and tickets; unpaid (delayed method) → seats stay held until the async outcome. */
export async function handleCheckoutSessionCompleted(event: Stripe.CheckoutSessionCompletedEvent) {
  await fulfillOrder({ checkoutSessionId: event.data.object.id });
}
