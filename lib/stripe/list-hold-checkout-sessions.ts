import "server-only";
import type Stripe from "stripe";
import { getStripe } from "./get-stripe";
import { toRequestOptions, type StripeCallOptions } from "./to-request-options";

// Sessions are listed newest first; a hold's sessions are created within seconds of the hold, so a few pages
// from its creation on are enough. The reconciler catches anything beyond.
const MAX_SESSIONS = 500;
const CLOCK_MARGIN_SECONDS = 300;

/**
 * Every Checkout Session made for a hold (found by its `metadata.hold_id`), created since `createdAt`. Used when
 * a session may exist that the hold never recorded: its create call timed out, or its answer was lost.
 */
export async function listHoldCheckoutSessions(
  { holdId, createdAt }: { holdId: string; createdAt: Date },
  options?: StripeCallOptions,
): Promise<Stripe.Checkout.Session[]> {
  const since = Math.floor(createdAt.getTime() / 1000) - CLOCK_MARGIN_SECONDS;
  const found: Stripe.Checkout.Session[] = [];
  let seen = 0;
  for await (const session of getStripe().checkout.sessions.list({ created: { gte: since }, limit: 100 }, toRequestOptions(options))) {
    if (session.metadata?.hold_id === holdId) found.push(session);
    if (++seen >= MAX_SESSIONS) break;
  }
  return found;
}
