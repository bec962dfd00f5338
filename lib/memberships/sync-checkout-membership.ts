import { getDb } from "../db";
import { getStripe } from "../stripe/get-stripe";
import { syncSubscription } from "./sync-subscription";

/**
 * The return from a membership Checkout (and its webhook): when the session belongs to this account's
 * customer and made a subscription, mirror it now rather than wait for the webhook. Idempotent; anything
 * else (someone else's session, unfinished session) is ignored.
 */
export async function syncCheckoutMembership(options: { userId: string; checkoutSessionId: string }): Promise<void> {
  if (!/^cs_[A-Za-z0-9_]+$/.test(options.checkoutSessionId)) return;
  const member = await getDb().member.findUnique({ where: { userId: options.userId } });
  if (!member?.stripeCustomerId) return;
  const session = await getStripe().checkout.sessions.retrieve(options.checkoutSessionId).catch(() => null);
  if (!session || session.mode !== "subscription") return;
  const customer = typeof session.customer === "string" ? session.customer : session.customer?.id;
  const subscription = typeof session.subscription === "string" ? session.subscription : session.subscription?.id;
  if (customer !== member.stripeCustomerId || !subscription) return;
  await syncSubscription({ subscriptionId: subscription });
}
