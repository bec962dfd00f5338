import type Stripe from "stripe";
import type { Engine } from "../engine/engine";
import { AUTOMATIC } from "../engine/publish-event";
import { noSuch } from "../engine/stripe-error";
import type { RequestContext } from "./context";
import { settleIntent, type IntentSettlement } from "./intent-outcomes";
import { resolvePaymentChallenge } from "./payment-intents";
import { resolveSetupChallenge } from "./setup-intents";

export interface ChallengeResult extends IntentSettlement {
  intent: { id: string; object: string; status: string };
  /** The card error when the intent failed (authentication failed, or declined after it). */
  error: { type: string; code: string; decline_code?: string; message: string } | null;
}

/** The 3-D Secure page's answer for a payment or setup intent; what waits on the intent then follows. */
export function resolveChallenge(engine: Engine, intentId: string, outcome: "complete" | "fail"): ChallengeResult {
  const ctx: RequestContext = { engine, keyType: "secret", request: AUTOMATIC, path: "" };
  let intent: Stripe.PaymentIntent | Stripe.SetupIntent;
  let failure;
  if (intentId.startsWith("seti_")) {
    const si = engine.store.get("setup_intent", intentId);
    if (!si) throw noSuch("setupintent", intentId);
    failure = resolveSetupChallenge(ctx, si, outcome).failure;
    intent = si;
  } else {
    const pi = engine.store.get("payment_intent", intentId);
    if (!pi) throw noSuch("payment_intent", intentId);
    failure = resolvePaymentChallenge(ctx, pi, outcome).failure;
    intent = pi;
  }
  const settlement = settleIntent(ctx, intent);
  return {
    intent: { id: intent.id, object: intent.object, status: intent.status },
    error: failure
      ? {
          type: "card_error",
          code: failure.code,
          ...(failure.decline_code && { decline_code: failure.decline_code }),
          message: failure.message,
        }
      : null,
    ...settlement,
  };
}
