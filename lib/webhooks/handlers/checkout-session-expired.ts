import type Stripe from "stripe";
import { releaseHold } from "../../inventory";
import { fulfillOrder } from "../../orders/fulfill-order";
import { getTicketHoldId } from "../../orders/get-ticket-hold-id";

/**
 * Stripe says the session expired: release its own hold. When the event's body itself says "expired" the hold is
 * released from it without re-reading the session. Expired is final (an open session only ever becomes complete
 * or expired, never back), and the body is Stripe's own word: its signature over these bytes was verified. Any
 * other body (a session shown still open or complete) is checked with Stripe as every other fulfilment is.
 */
export async function handleCheckoutSessionExpired(event: Stripe.CheckoutSessionExpiredEvent) {
  const session = event.data.object;
  const holdId = getTicketHoldId(session);
  if (session.status === "expired" && holdId) {
    await releaseHold({ holdId, reason: "expired", checkoutSessionId: session.id });
    return;
  }
  await fulfillOrder({ checkoutSessionId: session.id });
}
