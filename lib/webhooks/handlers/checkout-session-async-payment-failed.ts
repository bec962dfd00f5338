import type Stripe from "stripe";
import { releaseSessionHold } from "../../checkout/release-session-hold";

/** The delayed payment failed: the session can no longer be paid, so its seats go back on sale. */
export async function handleCheckoutSessionAsyncPaymentFailed(event: Stripe.CheckoutSessionAsyncPaymentFailedEvent) {
  const session = event.data.object;
  await releaseSessionHold({ checkoutSessionId: session.id, holdId: session.metadata?.hold_id, reason: "async_payment_failed" });
}
