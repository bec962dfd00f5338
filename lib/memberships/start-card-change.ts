import { getStripe } from "../stripe/get-stripe";
import { getOwnSubscription } from "./get-own-subscription";

/**
 * A new SetupIntent for the membership's customer (off-session use), for the browser to confirm with
 * `confirmCardSetup`; `finishSubscriptionSetup` then makes the saved card the default.
 */
export async function startCardChange(options: { userId: string; subscriptionId: string }): Promise<{ clientSecret: string }> {
  const subscription = await getOwnSubscription(options);
  const customer = typeof subscription.customer === "string" ? subscription.customer : subscription.customer.id;
  const intent = await getStripe().setupIntents.create({
    customer,
    usage: "off_session",
    metadata: { subscription_id: subscription.id, purpose: "change_card" },
  });
  return { clientSecret: intent.client_secret! };
}
