import { AppError } from "../errors";
import { getStripe } from "../stripe/get-stripe";
import { getOwnSubscription } from "./get-own-subscription";
import { syncSubscription } from "./sync-subscription";

/**
 * After the browser confirmed a SetupIntent for this subscription: checks with Stripe that it succeeded and
 * belongs to the account's customer, then makes its card the default of the subscription and the customer
 * (the guide: "update the default payment method"), and refreshes the mirror. Idempotent.
 */
export async function finishSubscriptionSetup(options: { userId: string; subscriptionId: string; setupIntentId: string }): Promise<void> {
  const subscription = await getOwnSubscription(options);
  const stripe = getStripe();
  const intent = await stripe.setupIntents.retrieve(options.setupIntentId);
  const customer = typeof subscription.customer === "string" ? subscription.customer : subscription.customer.id;
  const intentCustomer = typeof intent.customer === "string" ? intent.customer : intent.customer?.id;
  if (intentCustomer !== customer) throw new AppError("not_found", "That card setup was not found.");
  if (intent.status !== "succeeded") throw new AppError("conflict", "The card is not set up yet.");
  const paymentMethod = typeof intent.payment_method === "string" ? intent.payment_method : intent.payment_method?.id;
  if (!paymentMethod) throw new AppError("conflict", "The card is not set up yet.");
  const readAt = new Date();
  const updated = await stripe.subscriptions.update(subscription.id, { default_payment_method: paymentMethod, expand: ["items.data.price"] });
  await stripe.customers.update(customer, { invoice_settings: { default_payment_method: paymentMethod } });
  await syncSubscription({ subscriptionId: updated.id, subscription: updated, readAt });
}
