import type Stripe from "stripe";
import { syncCustomerSubscriptions } from "../../memberships/sync-customer-subscriptions";

/** A card was set up (a trial's pending SetupIntent or a card change): the subscription's state moved on. */
export async function handleSetupIntentSucceeded(event: Stripe.SetupIntentSucceededEvent) {
  const customer = event.data.object.customer;
  await syncCustomerSubscriptions({ customerId: typeof customer === "string" ? customer : customer?.id });
}
