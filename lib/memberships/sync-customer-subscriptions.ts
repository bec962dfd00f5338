import { getDb } from "../db";
import { getStripe } from "../stripe/get-stripe";
import { syncSubscription } from "./sync-subscription";

/**
 * Re-reads every subscription of one of our customers from Stripe into the mirror (a SetupIntent names its
 * customer, not its subscription). Customers that are not ours cost no Stripe call. Idempotent.
 */
export async function syncCustomerSubscriptions(options: { customerId: string | null | undefined }): Promise<number> {
  if (!options.customerId) return 0;
  const member = await getDb().member.findUnique({ where: { stripeCustomerId: options.customerId } });
  if (!member) return 0;
  const readAt = new Date();
  const list = await getStripe().subscriptions.list({ customer: options.customerId, status: "all", limit: 100, expand: ["data.items.data.price"] });
  for (const subscription of list.data) await syncSubscription({ subscriptionId: subscription.id, subscription, readAt });
  return list.data.length;
}
