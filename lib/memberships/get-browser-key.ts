import { getPublishableKey } from "../stripe/get-stripe";

/** The publishable key the membership pages hand to Stripe.js (configured, or the emulator's). */
export function getBrowserKey(): string {
  return getPublishableKey();
}
