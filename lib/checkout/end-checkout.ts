import { releaseHold } from "../inventory";
import { fulfillOrder } from "../orders/fulfill-order";
import { expireCheckoutSession } from "../stripe/expire-checkout-session";

export type EndCheckoutResult = "released" | "fulfilled" | "awaiting_payment" | "already_settled";

/**
 * Ends the checkout of a hold (its time is up, or the shopper cancelled). Seats go back on sale only after Stripe confirms the session
 * can no longer be paid (expire succeeded, or it had already expired); if it completed meanwhile, the hold is
 * fulfilled instead. Safe to run concurrently: release and fulfilment each take effect once.
 */
export async function endCheckout(hold: { holdId: string; checkoutSessionId: string | null }, reason = "expired"): Promise<EndCheckoutResult> {
  if (hold.checkoutSessionId) {
    const outcome = await expireCheckoutSession(hold.checkoutSessionId);
    if (outcome.state === "complete") {
      const result = await fulfillOrder({ checkoutSessionId: hold.checkoutSessionId });
      return result.state === "processing" ? "awaiting_payment" : "fulfilled";
    }
  }
  return (await releaseHold({ holdId: hold.holdId, reason })) ? "released" : "already_settled";
}
