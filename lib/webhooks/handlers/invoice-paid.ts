import type Stripe from "stripe";
import { syncSubscription } from "../../memberships/sync-subscription";

/** An invoice was paid (e.g. at the trial's end): the subscription is active — re-read it. */
export async function handleInvoicePaid(event: Stripe.InvoicePaidEvent) {
  const subscription = event.data.object.parent?.subscription_details?.subscription;
  const subscriptionId = typeof subscription === "string" ? subscription : subscription?.id;
  if (subscriptionId) await syncSubscription({ subscriptionId });
}
