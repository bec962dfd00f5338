import { afterEach, describe, expect, it, vi } from "vitest";

async function scriptUrlWith(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const { getStripeScriptUrl } = await import("./get-stripe-script-url");
  return getStripeScriptUrl();
}

describe("getStripeScriptUrl", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("serves the emulator's Stripe.js stand-in when no secret key is set", async () => {
    expect(await scriptUrlWith({ STRIPE_SECRET_KEY: undefined, STRIPE_EMULATOR_URL: "http://127.0.0.1:12111" })).toBe(
      "http://127.0.0.1:12111/v3/stripe.js",
    );
  });

  it("adds nothing with real keys: @stripe/stripe-js loads Stripe.js from Stripe", async () => {
    expect(await scriptUrlWith({ STRIPE_SECRET_KEY: "sk_test_51RealKey", STRIPE_PUBLISHABLE_KEY: "pk_test_51RealKey" })).toBeNull();
  });
});
