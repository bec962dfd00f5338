import type { RequestContext } from "./context";
import { invalidRequest } from "../engine/stripe-error";

/** Where the challenge page for an intent lives; the stand-in Stripe.js opens it in a modal. */
export function challengeUrl(ctx: RequestContext, intentId: string): string {
  return `${ctx.engine.config.baseUrl}/_emulator/3ds/${intentId}`;
}

/** `next_action` of an intent waiting for 3-D Secure, in the shape Stripe.js handles. */
export function challengeAction(ctx: RequestContext, intentId: string) {
  return {
    type: "use_stripe_sdk",
    use_stripe_sdk: { type: "three_d_secure_redirect", stripe_js: challengeUrl(ctx, intentId) },
  };
}

/** A publishable key may act on an intent only with its client secret, as Stripe.js does. */
export function checkClientSecret(
  ctx: RequestContext,
  intent: { client_secret: string | null },
  given: string | undefined,
  label: string,
): void {
  if (ctx.keyType === "secret" && given === undefined) return;
  if (given === undefined)
    throw invalidRequest("Missing required param: client_secret.", "client_secret", "parameter_missing");
  if (given !== intent.client_secret) {
    throw invalidRequest(
      `The client_secret provided does not match the client_secret associated with the ${label}.`,
      "client_secret",
    );
  }
}
