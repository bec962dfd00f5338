import type Stripe from "stripe";
import { syncSubscription } from "../../memberships/sync-subscription";

/** Status, trial, cancellation or card changed: re-read the subscription (never trust an old payload). */
export async function handleCustomerSubscriptionUpdated(event: Stripe.CustomerSubscriptionUpdatedEvent) {
  await syncSubscription({ subscriptionId: event.data.object.id });
}
