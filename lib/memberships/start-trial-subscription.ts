import { getDb } from "../db";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { getStripe } from "../stripe/get-stripe";
import { ensureStripeCustomer } from "./ensure-stripe-customer";
import { getPlanPriceId } from "./get-plan-price-id";
import { amountIn } from "./pick-currency";
import { LIVE_STATUSES, PLAN_LOOKUP_KEYS, type PlanLookupKey } from "./plan-keys";
import { syncSubscription } from "./sync-subscription";

/**
 * Flow A of the deferred-payment guide: a subscription with a free trial, created without a card. Stripe
 * creates a SetupIntent for it (`pending_setup_intent`, expanded here) that the confirm page finishes with
 * `confirmCardSetup`; `save_default_payment_method=on_subscription` makes the card it saves the
 * subscription's default for the first invoice at the trial's end.
 * @returns the subscription id (the confirm page's key).
 */
export async function startTrialSubscription(options: {
  user: { id: string; email: string; name?: string };
  plan: PlanLookupKey;
  currency?: string;
}): Promise<{ subscriptionId: string }> {
  if (!PLAN_LOOKUP_KEYS.includes(options.plan)) throw new AppError("invalid_input", "Choose a plan.");
  const db = getDb();
  const live = await db.memberSubscription.findFirst({ where: { userId: options.user.id, status: { in: [...LIVE_STATUSES] } } });
  if (live) throw new AppError("conflict", "You already have a membership.", { subscriptionId: live.id });
  const price = await getPlanPriceId(options.plan);
  const currency = options.currency && options.currency !== price.currency && amountIn(price, options.currency) !== undefined ? options.currency : undefined;
  const customer = await ensureStripeCustomer({ userId: options.user.id, email: options.user.email, name: options.user.name });
  // Two clicks at once send the same key: Stripe answers both with one subscription.
  const attempt = await db.memberSubscription.count({ where: { userId: options.user.id } });
  const readAt = new Date();
  const subscription = await getStripe().subscriptions.create(
    {
      customer,
      items: [{ price: price.id }],
      trial_period_days: getEnv().MEMBERSHIP_TRIAL_DAYS || undefined,
      payment_behavior: "default_incomplete",
      payment_settings: { save_default_payment_method: "on_subscription" },
      metadata: { user_id: options.user.id },
      ...(currency ? { currency } : {}),
      expand: ["pending_setup_intent", "items.data.price"],
    },
    { idempotencyKey: `box-office-membership-${options.user.id}-${attempt}-${options.plan}-${currency ?? price.currency}` },
  );
  await syncSubscription({ subscriptionId: subscription.id, subscription, readAt });
  return { subscriptionId: subscription.id };
}
