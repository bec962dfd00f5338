import "server-only";
import Stripe from "stripe";
import { getEnv } from "../env";

// Unset STRIPE_SECRET_KEY means the local emulator: same SDK, same calls, another host.
export const EMULATOR_SECRET_KEY = "sk_test_emulator";
export const EMULATOR_PUBLISHABLE_KEY = "pk_test_emulator";

const globalForStripe = globalThis as unknown as { boxOfficeStripe?: Stripe };

/** Whether the app talks to the local emulator rather than Stripe. */
export function isStripeEmulated(): boolean {
  return !getEnv().STRIPE_SECRET_KEY;
}

/** The one configured Stripe client of this process. */
export function getStripe(): Stripe {
  if (globalForStripe.boxOfficeStripe) return globalForStripe.boxOfficeStripe;
  const env = getEnv();
  const common = { maxNetworkRetries: 2, timeout: 20_000, telemetry: false } as const;
  let client: Stripe;
  if (env.STRIPE_SECRET_KEY) {
    client = new Stripe(env.STRIPE_SECRET_KEY, common);
  } else {
    const url = new URL(env.STRIPE_EMULATOR_URL);
    client = new Stripe(EMULATOR_SECRET_KEY, {
      ...common,
      host: url.hostname,
      port: url.port || (url.protocol === "https:" ? 443 : 80),
      protocol: url.protocol === "https:" ? "https" : "http",
    });
  }
  globalForStripe.boxOfficeStripe = client;
  return client;
}

/** The browser's key: the configured one, or the emulator's when emulated. */
export function getPublishableKey(): string {
  const key = getEnv().STRIPE_PUBLISHABLE_KEY;
  if (key) return key;
  if (isStripeEmulated()) return EMULATOR_PUBLISHABLE_KEY;
  throw new Error("STRIPE_PUBLISHABLE_KEY is required with a real STRIPE_SECRET_KEY");
}
