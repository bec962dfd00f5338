import { getDb } from "../db";
import { getStripe } from "../stripe/get-stripe";
import { BENEFIT_STATUSES } from "./plan-keys";

export type Membership = {
  subscriptionId: string;
  status: string;
  planLookupKey: string | null;
  currentPeriodEnd: Date | null;
  trialEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  hasPendingSetup: boolean;
  hasBenefits: boolean;
  card: { brand: string; last4: string } | null;
};

/**
 * The account's membership from the local mirror: the newest subscription that is not over, else the
 * newest one (to show that it ended). The card is read from Stripe. Null when the account never subscribed.
 */
export async function getMembership(options: { userId: string }): Promise<Membership | null> {
  const rows = await getDb().memberSubscription.findMany({ where: { userId: options.userId }, orderBy: { stripeCreatedAt: "desc" } });
  const row = rows.find((r) => !["canceled", "incomplete_expired"].includes(r.status)) ?? rows[0];
  if (!row) return null;
  let card: Membership["card"] = null;
  if (row.defaultPaymentMethodId && row.status !== "canceled") {
    const method = await getStripe().paymentMethods.retrieve(row.defaultPaymentMethodId).catch(() => null);
    if (method?.card) card = { brand: method.card.brand, last4: method.card.last4 };
  }
  return {
    subscriptionId: row.id,
    status: row.status,
    planLookupKey: row.priceLookupKey,
    currentPeriodEnd: row.currentPeriodEnd,
    trialEnd: row.trialEnd,
    cancelAtPeriodEnd: row.cancelAtPeriodEnd,
    hasPendingSetup: row.pendingSetupIntentId !== null && row.status !== "canceled",
    hasBenefits: (BENEFIT_STATUSES as readonly string[]).includes(row.status),
    card,
  };
}
