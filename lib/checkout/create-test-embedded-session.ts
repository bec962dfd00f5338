import { isDevToolsEnabled } from "../dev-tools";
import { AppError } from "../errors";
import { getPublishableKey, getStripe, isStripeEmulated } from "../stripe/get-stripe";

/**
 * For the emulator's browser tests only: an Embedded Checkout session that reports completion through
 * `onComplete` (`redirect_on_completion: never`). Refused with real Stripe keys, and absent from production builds
 * unless the browser-test server turns the development pages on (`DEV_TOOLS`).
 */
export async function createTestEmbeddedSession(): Promise<{ clientSecret: string; publishableKey: string; sessionId: string }> {
  if (!isDevToolsEnabled() || !isStripeEmulated()) throw new AppError("not_found", "Only available with the Stripe emulator.");
  const session = await getStripe().checkout.sessions.create({
    mode: "payment",
    ui_mode: "embedded_page",
    redirect_on_completion: "never",
    line_items: [{ price_data: { currency: "eur", unit_amount: 1000, product_data: { name: "Embedded Checkout test" } }, quantity: 1 }],
  });
  return { clientSecret: session.client_secret!, publishableKey: getPublishableKey(), sessionId: session.id };
}
