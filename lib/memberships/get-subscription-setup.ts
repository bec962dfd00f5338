import type Stripe from "stripe";
import { getOwnSubscription } from "./get-own-subscription";
import { syncSubscription } from "./sync-subscription";

/** What the confirm page must do for a subscription's pending SetupIntent (the guide's three cases). */
export type SubscriptionSetup =
  | { state: "done"; subscriptionId: string; status: Stripe.Subscription.Status }
  | {
      state: "requires_action" | "requires_payment_method" | "processing";
      subscriptionId: string;
      status: Stripe.Subscription.Status;
      clientSecret: string;
      /** Why the last card failed, as Stripe's code (`setup_intent_authentication_failure`, `card_declined`…):
       *  the page words it in the shopper's language until a new card is tried. */
      lastErrorCode: string | null;
      /** Stripe's own words for the last failure (English unless Stripe localized it). */
      lastErrorMessage: string | null;
    };

/**
 * Reads the subscription with `expand[]=pending_setup_intent` and says what is left: nothing (null: the card
 * was authenticated and authorised, or neither was needed), authenticate (`requires_action` →
 * confirmCardSetup), or a new card (`requires_payment_method`). Also refreshes the local mirror.
 */
export async function getSubscriptionSetup(options: { userId: string; subscriptionId: string }): Promise<SubscriptionSetup> {
  const readAt = new Date();
  const subscription = await getOwnSubscription({ ...options, expand: ["pending_setup_intent", "items.data.price"] });
  await syncSubscription({ subscriptionId: subscription.id, subscription, readAt });
  const intent = subscription.pending_setup_intent;
  const base = { subscriptionId: subscription.id, status: subscription.status };
  if (!intent || typeof intent === "string" || intent.status === "succeeded" || intent.status === "canceled" || !intent.client_secret) {
    return { state: "done", ...base };
  }
  const state = intent.status === "requires_action" ? "requires_action" : intent.status === "processing" ? "processing" : "requires_payment_method";
  return { state, ...base, clientSecret: intent.client_secret, lastErrorCode: intent.last_setup_error ? (intent.last_setup_error.code ?? intent.last_setup_error.type) : null, lastErrorMessage: intent.last_setup_error?.message ?? null };
}
