import type Stripe from "stripe";
import { getDb } from "../db";
import { getStripe } from "../stripe/get-stripe";

export type SyncOutcome = "synced" | "stale" | "not_ours";

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : value?.id ?? null);

/**
 * Brings the local mirror of one subscription up to Stripe's current state. Re-reads Stripe rather than
 * trusting an event's payload, so a late or duplicate event converges on the truth instead of replaying an
 * old state. The write is conditional on `synced_at`: a copy read earlier never replaces one read later, so
 * concurrent handlers finish with the newest read. Idempotent, convergent, safe to run at any time.
 */
export async function syncSubscription(options: {
  subscriptionId: string;
  /** Already read from Stripe by the caller, at `readAt` (taken before the read). */
  subscription?: Stripe.Subscription;
  readAt?: Date;
}): Promise<SyncOutcome> {
  const readAt = options.subscription && options.readAt ? options.readAt : new Date();
  const subscription = options.subscription ?? (await getStripe().subscriptions.retrieve(options.subscriptionId, { expand: ["items.data.price"] }));
  const customerId = idOf(subscription.customer);
  const db = getDb();
  const member = customerId ? await db.member.findUnique({ where: { stripeCustomerId: customerId } }) : null;
  if (!member || !customerId) return "not_ours";
  const item = subscription.items.data[0];
  const data = {
    userId: member.userId,
    stripeCustomerId: customerId,
    status: subscription.status,
    priceId: item?.price.id ?? null,
    priceLookupKey: item?.price.lookup_key ?? null,
    currentPeriodEnd: item?.current_period_end ? new Date(item.current_period_end * 1000) : null,
    trialEnd: subscription.trial_end ? new Date(subscription.trial_end * 1000) : null,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    pendingSetupIntentId: idOf(subscription.pending_setup_intent),
    defaultPaymentMethodId: idOf(subscription.default_payment_method),
    stripeCreatedAt: new Date(subscription.created * 1000),
    syncedAt: readAt,
  };
  // Insert if new; otherwise update only when this read is newer than the stored one.
  const inserted = await db.memberSubscription.createMany({ data: [{ id: subscription.id, ...data }], skipDuplicates: true });
  if (inserted.count === 1) return "synced";
  const updated = await db.memberSubscription.updateMany({ where: { id: subscription.id, syncedAt: { lt: readAt } }, data });
  return updated.count === 1 ? "synced" : "stale";
}
