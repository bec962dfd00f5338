import type Stripe from "stripe";
import { syncSubscription } from "../../memberships/sync-subscription";

/** A new subscription (Flow A or a membership Checkout): mirror Stripe's current state of it. */
export async function handleCustomerSubscriptionCreated(event: Stripe.CustomerSubscriptionCreatedEvent) {
  await syncSubscription({ subscriptionId: event.data.object.id });
}
