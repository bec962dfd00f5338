import type Stripe from "stripe";
import { releaseHold } from "../../inventory";
import { fulfillOrder } from "../../orders/fulfill-order";
import { getTicketHoldId } from "../../orders/get-ticket-hold-id";

/**
 * Stripe says the session expired: release its own hold. When the event's body itself says "expired" the hold is
 * released from it without re-reading the session. Expired is final (an open session only ever becomes complete
 * or expired, never back), and the body is Stripe's own word: its signature over these bytes was verified (so the
 * webhook secret is what guards it, as it guards every event). Any other body (a session shown still open or
 * complete) is checked with Stripe as every other fulfilment is.
 */
export async function handleCheckoutSessionExpired(event: Stripe.CheckoutSessionExpiredEvent) {
  const session = event.data.object;
  if (session.status === "expired") {
    // Only the hold this very session was made for (the release checks the hold's recorded session id), and
    // nothing for sessions that are not ticket purchases of ours.
    const holdId = getTicketHoldId(session);
    if (holdId) await releaseHold({ holdId, reason: "expired", checkoutSessionId: session.id });
    return;
  }
  await fulfillOrder({ checkoutSessionId: session.id });
}
