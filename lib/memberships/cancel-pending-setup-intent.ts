import { getDb } from "../db";
import { getStripe } from "../stripe/get-stripe";

const CANCELABLE = new Set(["requires_payment_method", "requires_confirmation", "requires_action"]);

/**
 * The guide: a subscription's `pending_setup_intent` is not canceled when the subscription ends — listen for
 * `customer.subscription.deleted` and cancel it. Only for a subscription Stripe says is canceled, and only
 * while the SetupIntent can still be confirmed. Idempotent (a canceled or finished SetupIntent is left alone).
 * @returns the canceled SetupIntent's id, or null when there was nothing to cancel.
 */
export async function cancelPendingSetupIntent(options: { subscriptionId: string }): Promise<string | null> {
  const stripe = getStripe();
  const subscription = await stripe.subscriptions.retrieve(options.subscriptionId);
  if (subscription.status !== "canceled") return null;
  const fromStripe = typeof subscription.pending_setup_intent === "string" ? subscription.pending_setup_intent : subscription.pending_setup_intent?.id;
  const mirrored = (await getDb().memberSubscription.findUnique({ where: { id: options.subscriptionId } }))?.pendingSetupIntentId;
  const intentId = fromStripe ?? mirrored;
  if (!intentId) return null;
  const intent = await stripe.setupIntents.retrieve(intentId);
  if (!CANCELABLE.has(intent.status)) return null;
  await stripe.setupIntents.cancel(intentId, {}, { idempotencyKey: `cancel-pending-setup-${intentId}` });
  return intentId;
}
