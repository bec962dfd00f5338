import { getStripe } from "../stripe/get-stripe";
import { getOwnSubscription } from "./get-own-subscription";
import { syncSubscription } from "./sync-subscription";

/**
 * Cancels at the end of the paid (or trial) period: benefits last until then, and `resumeMembership`
 * can undo it until then. Idempotent.
 */
export async function cancelMembership(options: { userId: string; subscriptionId: string }): Promise<void> {
  await getOwnSubscription(options);
  const readAt = new Date();
  const updated = await getStripe().subscriptions.update(options.subscriptionId, { cancel_at_period_end: true, expand: ["items.data.price"] });
  await syncSubscription({ subscriptionId: updated.id, subscription: updated, readAt });
}
