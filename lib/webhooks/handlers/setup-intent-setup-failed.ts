import type Stripe from "stripe";
import { syncCustomerSubscriptions } from "../../memberships/sync-customer-subscriptions";

/** Authentication failed or the card was declined: the membership still waits for a card (shown on /account). */
export async function handleSetupIntentSetupFailed(event: Stripe.SetupIntentSetupFailedEvent) {
  const customer = event.data.object.customer;
  await syncCustomerSubscriptions({ customerId: typeof customer === "string" ? customer : customer?.id });
}
