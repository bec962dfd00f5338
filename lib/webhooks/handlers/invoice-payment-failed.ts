import type Stripe from "stripe";
import { syncSubscription } from "../../memberships/sync-subscription";

/** A subscription invoice failed: the subscription is past_due (benefits stop until the card is fixed). */
export async function handleInvoicePaymentFailed(event: Stripe.InvoicePaymentFailedEvent) {
  const subscription = event.data.object.parent?.subscription_details?.subscription;
  const subscriptionId = typeof subscription === "string" ? subscription : subscription?.id;
  if (subscriptionId) await syncSubscription({ subscriptionId });
}
