import { getDb } from "../db";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { getStripe } from "../stripe/get-stripe";
import { ensureStripeCustomer } from "./ensure-stripe-customer";
import { getPlanPriceId } from "./get-plan-price-id";
import { amountIn } from "./pick-currency";
import { LIVE_STATUSES, PLAN_LOOKUP_KEYS, SETUP_FEE_LOOKUP_KEY, type PlanLookupKey } from "./plan-keys";

/**
 * Flow B: Embedded Checkout in `mode=subscription` — the recurring plan price plus the one-time setup fee as
 * a second line item (Stripe puts it on the first invoice), with the trial in `subscription_data`. The
 * session is tied to the account's Customer, so the webhooks find the account. Returns to /account.
 * `locale` is the shopper's language, so Stripe's form speaks it as the page that opened it does.
 */
export async function startMembershipCheckout(options: {
  user: { id: string; email: string; name?: string };
  plan: PlanLookupKey;
  currency?: string;
  locale?: "en" | "ja";
}): Promise<{ clientSecret: string }> {
  if (!PLAN_LOOKUP_KEYS.includes(options.plan)) throw new AppError("invalid_input", "Choose a plan.", { kind: "plan" });
  const db = getDb();
  const live = await db.memberSubscription.findFirst({ where: { userId: options.user.id, status: { in: [...LIVE_STATUSES] } } });
  if (live) throw new AppError("conflict", "You already have a membership.", { kind: "already_member", subscriptionId: live.id });
  const [plan, fee] = await Promise.all([getPlanPriceId(options.plan), getPlanPriceId(SETUP_FEE_LOOKUP_KEY)]);
  const offered = (c: string) => amountIn(plan, c) !== undefined && amountIn(fee, c) !== undefined;
  const currency = options.currency && options.currency !== plan.currency && offered(options.currency) ? options.currency : undefined;
  const customer = await ensureStripeCustomer({ userId: options.user.id, email: options.user.email, name: options.user.name });
  const env = getEnv();
  const trialDays = env.MEMBERSHIP_TRIAL_DAYS;
  const session = await getStripe().checkout.sessions.create({
    mode: "subscription",
    customer,
    line_items: [
      { price: plan.id, quantity: 1 },
      { price: fee.id, quantity: 1 },
    ],
    subscription_data: { ...(trialDays > 0 ? { trial_period_days: trialDays } : {}), metadata: { user_id: options.user.id } },
    metadata: { user_id: options.user.id, kind: "membership" },
    client_reference_id: options.user.id,
    ui_mode: "embedded_page",
    return_url: `${env.APP_URL}/account?membership_session={CHECKOUT_SESSION_ID}`,
    ...(currency ? { currency } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  if (!session.client_secret) throw new AppError("payment_provider_error", "Checkout is unavailable right now.", { kind: "membership_checkout" });
  return { clientSecret: session.client_secret };
}
