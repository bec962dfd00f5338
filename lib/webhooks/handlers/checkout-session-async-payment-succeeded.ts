import type Stripe from "stripe";
import { fulfillOrder } from "../../orders/fulfill-order";

export async function handleCheckoutSessionAsyncPaymentSucceeded(event: Stripe.CheckoutSessionAsyncPaymentSucceededEvent) {
  await fulfillOrder({ checkoutSessionId: event.data.object.id });
}
