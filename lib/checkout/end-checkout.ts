import { getDb } from "../db";
import { releaseHold } from "../inventory";
import { fulfillOrder } from "../orders/fulfill-order";
import { expireCheckoutSession } from "../stripe/expire-checkout-session";
import { listHoldCheckoutSessions } from "../stripe/list-hold-checkout-sessions";
import type { StripeCallOptions } from "../stripe/to-request-options";

export type EndCheckoutResult = "released" | "fulfilled" | "awaiting_payment" | "already_settled";

type EndableHold = { holdId: string; checkoutSessionId: string | null; createdAt?: Date };

/**
 * Ends the checkout of a hold (its time is up, the shopper cancelled, or starting it failed). Seats go back on
 * sale only after Stripe confirms no session of the hold can still be paid: its own session is expired, and a
 * hold that never recorded one (the create call timed out or its answer was lost) has every session made for it
 * (found by metadata) expired. A session that completed meanwhile is settled instead (fulfilled, or kept while
 * a delayed payment is pending). Safe to run concurrently: release and fulfilment each take effect once.
 */
export async function endCheckout(hold: EndableHold, reason = "expired", options?: StripeCallOptions): Promise<EndCheckoutResult> {
  const sessionIds = hold.checkoutSessionId ? [hold.checkoutSessionId] : await findUnrecordedSessions(hold, options);
  for (const sessionId of sessionIds) {
    const outcome = await expireCheckoutSession(sessionId, options);
    if (outcome.state === "complete") {
      const result = await fulfillOrder({ checkoutSessionId: sessionId }, options);
      if (result.state === "fulfilled") return "fulfilled";
      if (result.state === "processing") return "awaiting_payment";
      if (result.state === "released") return result.isReleased ? "released" : "already_settled";
    }
  }
  if (await releaseHold({ holdId: hold.holdId, reason })) return "released";
  return (await claimReleaseByOwnExpiry(hold.holdId, reason)) ? "released" : "already_settled";
}

/**
 * Expiring the session makes Stripe send `checkout.session.expired`, whose handler releases the hold at once, and
 * can do so before the line above. That release came from this very call: the hold ended early, for `reason`
 * (the shopper cancelled, an admin ended it), not because its time ran out. A hold released as "expired" before
 * its end time can only have been released that way, so it takes this reason, and this call counts as the release.
 */
async function claimReleaseByOwnExpiry(holdId: string, reason: string): Promise<boolean> {
  if (reason === "expired") return false;
  const claimed = await getDb().$executeRaw`
    UPDATE hold SET release_reason = ${reason}
    WHERE id = ${holdId}::uuid AND status = 'released' AND release_reason = 'expired' AND released_at < expires_at`;
  return claimed > 0;
}

async function findUnrecordedSessions(hold: EndableHold, options?: StripeCallOptions): Promise<string[]> {
  const createdAt = hold.createdAt ?? (await getDb().hold.findUnique({ where: { id: hold.holdId }, select: { createdAt: true } }))?.createdAt;
  if (!createdAt) return [];
  const sessions = await listHoldCheckoutSessions({ holdId: hold.holdId, createdAt }, options);
  return sessions.filter((session) => session.status !== "expired").map((session) => session.id);
}
