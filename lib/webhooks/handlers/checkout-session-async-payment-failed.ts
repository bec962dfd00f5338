import type Stripe from "stripe";
import { fulfillOrder } from "../../orders/fulfill-order";

/**
 * A delayed payment failed — says the event. The body is not trusted: the session is re-read from Stripe and its
 * hold is released only when Stripe's PaymentIntent did fail and the session is the hold's own.
 */
export async function handleCheckoutSessionAsyncPaymentFailed(event: Stripe.CheckoutSessionAsyncPaymentFailedEvent) {
  await fulfillOrder({ checkoutSessionId: event.data.object.id });
}
