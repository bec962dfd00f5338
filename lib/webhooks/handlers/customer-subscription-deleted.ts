import type Stripe from "stripe";
import { cancelPendingSetupIntent } from "../../memberships/cancel-pending-setup-intent";
import { syncSubscription } from "../../memberships/sync-subscription";

/** The subscription ended: mirror it (benefits stop) and cancel its pending SetupIntent, as the guide says. */
export async function handleCustomerSubscriptionDeleted(event: Stripe.CustomerSubscriptionDeletedEvent) {
  const subscriptionId = event.data.object.id;
  await syncSubscription({ subscriptionId });
  await cancelPendingSetupIntent({ subscriptionId });
}
