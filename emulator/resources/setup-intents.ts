import type Stripe from "stripe";
import { cardBehaviour } from "../engine/cards";
import { newClientSecret, newId } from "../engine/ids";
import { changedFields, publishEvent } from "../engine/publish-event";
import { snapshot } from "../engine/snapshot";
import { invalidRequest } from "../engine/stripe-error";
import { AUTHENTICATION_FAILED_MESSAGE, cardError, cardFailure, lastError, type CardFailure } from "./card-errors";
import { idOf } from "./lookup";
import type { RequestContext } from "./context";
import { attachPaymentMethod, cardNumberOf } from "./payment-methods";
import { challengeAction } from "./three-d-secure";

export interface SetupAttempt {
  outcome: "succeeded" | "requires_action" | "failed";
  failure?: CardFailure;
}

export function buildSetupIntent(
  ctx: RequestContext,
  input: { customer?: string | null; usage?: string; metadata?: Stripe.Metadata; description?: string | null },
): Stripe.SetupIntent {
  const id = newId("seti");
  return {
    id,
    object: "setup_intent",
    allowed_payment_method_types: null,
    application: null,
    automatic_payment_methods: null,
    cancellation_reason: null,
    client_secret: newClientSecret(id),
    created: ctx.engine.clock.now(),
    customer: input.customer ?? null,
    customer_account: null,
    description: input.description ?? null,
    excluded_payment_method_types: null,
    flow_directions: null,
    last_setup_error: null,
    latest_attempt: null,
    livemode: false,
    mandate: null,
    metadata: input.metadata ?? {},
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: { card: { mandate_options: null, network: null, request_three_d_secure: "automatic" } },
    payment_method_types: ["card"],
    single_use_mandate: null,
    status: "requires_payment_method",
    usage: input.usage ?? "off_session",
  };
}

export function saveSetupIntent(ctx: RequestContext, si: Stripe.SetupIntent): Stripe.SetupIntent {
  ctx.engine.store.put("setup_intent", si);
  publishEvent(ctx.engine, "setup_intent.created", si, ctx.request);
  return si;
}

const CONFIRMABLE = new Set(["requires_payment_method", "requires_confirmation", "requires_action"]);

/** Sets a card up for later: 3-D Secure when the card asks for it, a decline for cards that cannot be saved. */
export function confirmSetup(ctx: RequestContext, si: Stripe.SetupIntent, pm: Stripe.PaymentMethod): SetupAttempt {
  if (!CONFIRMABLE.has(si.status)) {
    throw invalidRequest(
      `You cannot confirm this SetupIntent because it has a status of ${si.status}.`,
      undefined,
      "setup_intent_unexpected_state",
    );
  }
  si.payment_method = pm.id;
  si.last_setup_error = null;
  const behaviour = cardBehaviour(cardNumberOf(ctx, pm)).setup;
  if (behaviour.decline) return failSetup(ctx, si, pm, cardFailure(behaviour.decline));
  if (behaviour.authenticate) {
    si.status = "requires_action";
    si.next_action = challengeAction(ctx, si.id);
    ctx.engine.store.put("setup_intent", si);
    publishEvent(ctx.engine, "setup_intent.requires_action", si, ctx.request);
    return { outcome: "requires_action" };
  }
  return succeedSetup(ctx, si, pm);
}

export function resolveSetupChallenge(
  ctx: RequestContext,
  si: Stripe.SetupIntent,
  outcome: "complete" | "fail",
): SetupAttempt {
  if (si.status !== "requires_action") {
    throw invalidRequest(
      `This SetupIntent is ${si.status}; there is no challenge to answer.`,
      undefined,
      "setup_intent_unexpected_state",
    );
  }
  const pm = ctx.engine.store.get("payment_method", idOf(si.payment_method));
  if (outcome === "fail" || !pm) {
    return failSetup(ctx, si, pm ?? null, {
      code: "setup_intent_authentication_failure",
      decline_code: null,
      message: AUTHENTICATION_FAILED_MESSAGE,
    });
  }
  return succeedSetup(ctx, si, pm);
}

function succeedSetup(ctx: RequestContext, si: Stripe.SetupIntent, pm: Stripe.PaymentMethod): SetupAttempt {
  // A successful setup saves the card to the intent's customer.
  if (typeof si.customer === "string" && pm.customer !== si.customer) attachPaymentMethod(ctx, pm, si.customer);
  si.status = "succeeded";
  si.next_action = null;
  ctx.engine.store.put("setup_intent", si);
  publishEvent(ctx.engine, "setup_intent.succeeded", si, ctx.request);
  return { outcome: "succeeded" };
}

function failSetup(
  ctx: RequestContext,
  si: Stripe.SetupIntent,
  pm: Stripe.PaymentMethod | null,
  failure: CardFailure,
): SetupAttempt {
  si.status = "requires_payment_method";
  si.next_action = null;
  si.payment_method = null;
  si.last_setup_error = lastError(failure, pm);
  ctx.engine.store.put("setup_intent", si);
  publishEvent(ctx.engine, "setup_intent.setup_failed", si, ctx.request);
  return { outcome: "failed", failure };
}

export function setupError(si: Stripe.SetupIntent, failure: CardFailure) {
  return cardError(failure, undefined, { setup_intent: snapshot(si) });
}

export function cancelSetupIntent(
  ctx: RequestContext,
  si: Stripe.SetupIntent,
  reason: Stripe.SetupIntent.CancellationReason | null,
): Stripe.SetupIntent {
  if (si.status === "succeeded" || si.status === "canceled" || si.status === "processing") {
    throw invalidRequest(
      `You cannot cancel this SetupIntent because it has a status of ${si.status}.`,
      undefined,
      "setup_intent_unexpected_state",
    );
  }
  const before = structuredClone(si);
  si.status = "canceled";
  si.cancellation_reason = reason;
  si.next_action = null;
  ctx.engine.store.put("setup_intent", si);
  publishEvent(ctx.engine, "setup_intent.canceled", si, ctx.request, changedFields(before, si));
  return si;
}
