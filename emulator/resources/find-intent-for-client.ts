import type { Collections } from "../engine/store";
import type { RequestContext } from "./context";
import { findOrThrow } from "./lookup";
import { checkClientSecret } from "./three-d-secure";

type IntentType = "payment_intent" | "setup_intent";

/** How Stripe names each intent in its client secret error. */
const LABELS: Record<IntentType, string> = { payment_intent: "PaymentIntent", setup_intent: "SetupIntent" };

/**
 * The intent a retrieve or confirm route acts on. Stripe.js calls these with a publishable key, which
 * must bring the intent's client secret; both intents check it alike.
 */
export function findIntentForClient<K extends IntentType>(
  ctx: RequestContext,
  type: K,
  id: string,
  clientSecret: string | undefined,
): Collections[K] {
  const intent = findOrThrow(ctx.engine, type, id);
  checkClientSecret(ctx, intent, clientSecret, LABELS[type]);
  return intent;
}
