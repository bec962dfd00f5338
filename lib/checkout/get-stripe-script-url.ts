import { getEnv } from "../env";
import { isStripeEmulated } from "../stripe/get-stripe";

/** The Stripe.js stand-in the page must load first when the emulator plays Stripe; null with real Stripe. */
export function getStripeScriptUrl(): string | null {
  return isStripeEmulated() ? new URL("/v3/stripe.js", getEnv().STRIPE_EMULATOR_URL).toString() : null;
}
