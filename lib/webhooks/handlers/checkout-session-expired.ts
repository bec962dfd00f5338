import type Stripe from "stripe";
import { releaseSessionHold } from "../../checkout/release-session-hold";
import { retrieveCheckoutSession } from "../../stripe/retrieve-checkout-session";

/** Stripe says the session expired; confirm with Stripe (events arrive late and out of order), then release. */
export async function handleCheckoutSessionExpired(event: Stripe.CheckoutSessionExpiredEvent) {
  const session = await retrieveCheckoutSession(event.data.object.id);
  if (session.status !== "expired") return;
  await releaseSessionHold({ checkoutSessionId: session.id, holdId: session.metadata?.hold_id, reason: "expired" });
}
