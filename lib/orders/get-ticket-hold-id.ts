import type Stripe from "stripe";
import { isUuid } from "../is-uuid";

/**
 * The hold a Checkout Session pays for, or null when the session is not a ticket purchase of ours
 * (memberships, payment links, test pages and anything else on the same Stripe account).
 */
export function getTicketHoldId(session: Pick<Stripe.Checkout.Session, "mode" | "metadata">): string | null {
  const holdId = session.metadata?.hold_id;
  return session.mode === "payment" && holdId && isUuid(holdId) ? holdId : null;
}
