import { getStripe } from "../lib/stripe/get-stripe";

/**
 * What `stripe listen --forward-to` does for real Stripe, for the emulator: one endpoint for the app's webhook
 * URL (older ones for the same URL are removed, since a secret is only shown at creation), returning its secret.
 */
export async function registerWebhookEndpoint(url: string): Promise<string> {
  const stripe = getStripe();
  for await (const endpoint of stripe.webhookEndpoints.list({ limit: 100 })) {
    if (endpoint.url === url) await stripe.webhookEndpoints.del(endpoint.id);
  }
  const endpoint = await stripe.webhookEndpoints.create({ url, enabled_events: ["*"], description: "Box Office (local)" });
  if (!endpoint.secret) throw new Error("the webhook endpoint came back without a secret");
  return endpoint.secret;
}
