import { AppError } from "../errors";
import { getStripe } from "../stripe/get-stripe";
import { getOwnSubscription } from "./get-own-subscription";
import { syncSubscription } from "./sync-subscription";

/** Undoes a cancellation at period end, while the subscription has not ended yet. Idempotent. */
export async function resumeMembership(options: { userId: string; subscriptionId: string }): Promise<void> {
  const subscription = await getOwnSubscription(options);
  if (subscription.status === "canceled") throw new AppError("conflict", "This membership has ended; start a new one.");
  const readAt = new Date();
  const updated = await getStripe().subscriptions.update(options.subscriptionId, { cancel_at_period_end: false, expand: ["items.data.price"] });
  await syncSubscription({ subscriptionId: updated.id, subscription: updated, readAt });
}
