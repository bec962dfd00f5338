import { getDbNow } from "../inventory";
import { getStripe } from "../stripe/get-stripe";
import { endEndedHold } from "./end-ended-hold";
import { getOwnHold } from "./get-own-hold";

/**
 * Where "Continue to payment" may send the shopper: Stripe's hosted page of this hold's session, but only while
 * the hold is active and before its end (database clock) and while Stripe still has the session open — so
 * Stripe's page is never reached with a session that can no longer buy these seats. Otherwise null (and a hold
 * past its end is ended now rather than at the sweeper's next run). Only the hold's own shopper gets an answer:
 * anyone else gets `not_found`.
 */
export async function getHostedPaymentUrl({ holdId, holderId }: { holdId: string; holderId: string | undefined }): Promise<string | null> {
  const hold = await getOwnHold({ holdId, holderId });
  if (hold.status !== "active" || hold.isAwaitingPayment || !hold.checkoutSessionId) return null;
  if (hold.expiresAt.getTime() <= (await getDbNow()).getTime()) {
    await endEndedHold({ holdId, holderId });
    return null;
  }
  const session = await getStripe().checkout.sessions.retrieve(hold.checkoutSessionId);
  return session.status === "open" && session.url ? session.url : null;
}
