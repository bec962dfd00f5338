import type Stripe from "stripe";
import { cardBehaviour } from "../engine/cards";
import { newClientSecret, newId } from "../engine/ids";
import { changedFields, publishEvent } from "../engine/publish-event";
import { snapshot } from "../engine/snapshot";
import { invalidRequest } from "../engine/stripe-error";
import { AUTHENTICATION_FAILED_MESSAGE, cardError, cardFailure, lastError, type CardFailure } from "./card-errors";
import { idOf } from "./lookup";
import type { RequestContext } from "./context";
import { cardNumberOf } from "./payment-methods";
import { challengeAction } from "./three-d-secure";

export interface PaymentIntentInput {
  amount: number;
  currency: string;
  customer?: string | null;
  metadata?: Stripe.Metadata;
  capture_method?: Stripe.PaymentIntent.CaptureMethod;
  description?: string | null;
  receipt_email?: string | null;
  setup_future_usage?: Stripe.PaymentIntent.SetupFutureUsage | null;
}

/** How a payment attempt ended; `failure` says why when it failed. */
export interface PaymentAttempt {
  outcome: "succeeded" | "requires_action" | "processing" | "failed";
  failure?: CardFailure;
}

export function buildPaymentIntent(ctx: RequestContext, input: PaymentIntentInput): Stripe.PaymentIntent {
  const id = newId("pi");
  return {
    id,
    object: "payment_intent",
    allowed_payment_method_types: null,
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: input.capture_method ?? "automatic_async",
    client_secret: newClientSecret(id),
    confirmation_method: "automatic",
    created: ctx.engine.clock.now(),
    currency: input.currency,
    customer: input.customer ?? null,
    customer_account: null,
    description: input.description ?? null,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata ?? {},
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: {
      card: { installments: null, mandate_options: null, network: null, request_three_d_secure: "automatic" },
    },
    payment_method_types: ["card"],
    payment_record: null,
    processing: null,
    receipt_email: input.receipt_email ?? null,
    review: null,
    setup_future_usage: input.setup_future_usage ?? null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "requires_payment_method",
    transfer_data: null,
    transfer_group: null,
  };
}

export function savePaymentIntent(ctx: RequestContext, pi: Stripe.PaymentIntent): Stripe.PaymentIntent {
  ctx.engine.store.put("payment_intent", pi);
  publishEvent(ctx.engine, "payment_intent.created", pi, ctx.request);
  return pi;
}

const CONFIRMABLE = new Set(["requires_payment_method", "requires_confirmation", "requires_action"]);

/**
 * Confirms with a card, as the test card dictates: succeed, ask for 3-D Secure (on session), or fail.
 * Off session there is nobody to authenticate, so cards that insist fail with `authentication_required`.
 */
/** Whether a card was authenticated for future use: a succeeded SetupIntent, or a payment that saved it. */
function wasSetUp(ctx: RequestContext, pmId: string): boolean {
  return (
    ctx.engine.store.all("setup_intent").some((si) => si.status === "succeeded" && si.payment_method === pmId) ||
    ctx.engine.store
      .all("payment_intent")
      .some((p) => p.status === "succeeded" && p.payment_method === pmId && p.setup_future_usage !== null)
  );
}

export function confirmPayment(
  ctx: RequestContext,
  pi: Stripe.PaymentIntent,
  pm: Stripe.PaymentMethod,
  options: { offSession?: boolean } = {},
): PaymentAttempt {
  if (!CONFIRMABLE.has(pi.status)) {
    throw invalidRequest(
      `This PaymentIntent's status is ${pi.status}, but it must be one of requires_payment_method, requires_confirmation, or requires_action to be confirmed.`,
      undefined,
      "payment_intent_unexpected_state",
    );
  }
  pi.payment_method = pm.id;
  pi.last_payment_error = null;
  const behaviour = cardBehaviour(cardNumberOf(ctx, pm));
  if (options.offSession) {
    const notSetUp = behaviour.offSession.needsSetupFirst && !wasSetUp(ctx, pm.id);
    if (behaviour.offSession.authenticationRequired || notSetUp)
      return failPayment(ctx, pi, pm, cardFailure("authentication_required"));
    if (behaviour.offSession.decline) return failPayment(ctx, pi, pm, cardFailure(behaviour.offSession.decline));
    return succeedPayment(ctx, pi);
  }
  if (behaviour.onSession.authenticate) {
    pi.status = "requires_action";
    pi.next_action = challengeAction(ctx, pi.id);
    ctx.engine.store.put("payment_intent", pi);
    publishEvent(ctx.engine, "payment_intent.requires_action", pi, ctx.request);
    return { outcome: "requires_action" };
  }
  if (behaviour.onSession.decline) return failPayment(ctx, pi, pm, cardFailure(behaviour.onSession.decline));
  return succeedPayment(ctx, pi);
}

/** The 3-D Secure challenge answered: authenticated (then the card may still decline) or failed. */
export function resolvePaymentChallenge(
  ctx: RequestContext,
  pi: Stripe.PaymentIntent,
  outcome: "complete" | "fail",
): PaymentAttempt {
  if (pi.status !== "requires_action") {
    throw invalidRequest(
      `This PaymentIntent is ${pi.status}; there is no challenge to answer.`,
      undefined,
      "payment_intent_unexpected_state",
    );
  }
  const pm = ctx.engine.store.get("payment_method", idOf(pi.payment_method));
  if (outcome === "fail" || !pm) {
    return failPayment(ctx, pi, pm ?? null, {
      code: "payment_intent_authentication_failure",
      decline_code: null,
      message: AUTHENTICATION_FAILED_MESSAGE,
    });
  }
  const decline = cardBehaviour(cardNumberOf(ctx, pm)).onSession.decline;
  return decline ? failPayment(ctx, pi, pm, cardFailure(decline)) : succeedPayment(ctx, pi);
}

/** Delayed methods: the payment is under way and settles later (`settleAsyncPayment`). */
export function startAsyncPayment(
  ctx: RequestContext,
  pi: Stripe.PaymentIntent,
  pm: Stripe.PaymentMethod,
): PaymentAttempt {
  pi.payment_method = pm.id;
  pi.status = "processing";
  pi.processing = { type: "card", card: {} };
  ctx.engine.store.put("payment_intent", pi);
  publishEvent(ctx.engine, "payment_intent.processing", pi, ctx.request);
  return { outcome: "processing" };
}

export function settleAsyncPayment(
  ctx: RequestContext,
  pi: Stripe.PaymentIntent,
  outcome: "succeeded" | "failed",
): PaymentAttempt {
  pi.processing = null;
  if (outcome === "succeeded") return succeedPayment(ctx, pi);
  const pm = ctx.engine.store.get("payment_method", idOf(pi.payment_method)) ?? null;
  return failPayment(ctx, pi, pm, cardFailure("generic_decline"));
}

function succeedPayment(ctx: RequestContext, pi: Stripe.PaymentIntent): PaymentAttempt {
  pi.next_action = null;
  if (pi.capture_method === "manual") {
    pi.status = "requires_capture";
    pi.amount_capturable = pi.amount;
    ctx.engine.store.put("payment_intent", pi);
    publishEvent(ctx.engine, "payment_intent.amount_capturable_updated", pi, ctx.request);
  } else {
    pi.status = "succeeded";
    pi.amount_received = pi.amount;
    ctx.engine.store.put("payment_intent", pi);
    publishEvent(ctx.engine, "payment_intent.succeeded", pi, ctx.request);
  }
  return { outcome: "succeeded" };
}

function failPayment(
  ctx: RequestContext,
  pi: Stripe.PaymentIntent,
  pm: Stripe.PaymentMethod | null,
  failure: CardFailure,
): PaymentAttempt {
  pi.status = "requires_payment_method";
  pi.next_action = null;
  pi.payment_method = null;
  pi.last_payment_error = lastError(failure, pm);
  ctx.engine.store.put("payment_intent", pi);
  publishEvent(ctx.engine, "payment_intent.payment_failed", pi, ctx.request);
  return { outcome: "failed", failure };
}

/** The 402 a failed confirmation answers with; it carries the intent, as Stripe's does. */
export function paymentError(pi: Stripe.PaymentIntent, failure: CardFailure) {
  return cardError(failure, undefined, { payment_intent: snapshot(pi) });
}

export function cancelPaymentIntent(
  ctx: RequestContext,
  pi: Stripe.PaymentIntent,
  reason: Stripe.PaymentIntent.CancellationReason | null,
): Stripe.PaymentIntent {
  if (pi.status === "succeeded" || pi.status === "canceled" || pi.status === "processing") {
    throw invalidRequest(
      `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action.`,
      undefined,
      "payment_intent_unexpected_state",
    );
  }
  const before = structuredClone(pi);
  pi.status = "canceled";
  pi.canceled_at = ctx.engine.clock.now();
  pi.cancellation_reason = reason;
  pi.next_action = null;
  pi.amount_capturable = 0;
  ctx.engine.store.put("payment_intent", pi);
  publishEvent(ctx.engine, "payment_intent.canceled", pi, ctx.request, changedFields(before, pi));
  return pi;
}

export function capturePaymentIntent(
  ctx: RequestContext,
  pi: Stripe.PaymentIntent,
  amount?: number,
): Stripe.PaymentIntent {
  if (pi.status !== "requires_capture") {
    throw invalidRequest(
      `This PaymentIntent could not be captured because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
      undefined,
      "payment_intent_unexpected_state",
    );
  }
  if (amount !== undefined && amount > pi.amount_capturable) {
    throw invalidRequest("The amount to capture exceeds the amount capturable.", "amount_to_capture");
  }
  pi.status = "succeeded";
  pi.amount_received = amount ?? pi.amount_capturable;
  pi.amount_capturable = 0;
  ctx.engine.store.put("payment_intent", pi);
  publishEvent(ctx.engine, "payment_intent.succeeded", pi, ctx.request);
  return pi;
}
