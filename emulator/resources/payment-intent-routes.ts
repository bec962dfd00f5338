import type Stripe from "stripe";
import { invalidRequest } from "../engine/stripe-error";
import type { RequestContext, Route } from "./context";
import { findIntentForClient } from "./find-intent-for-client";
import { settleIntent } from "./intent-outcomes";
import { findOrThrow, idOf } from "./lookup";
import { paginate } from "./paginate";
import { bool, inRange, int, metadata, obj, oneOf, paginationShape, parseParams, range, str } from "./params";
import {
  buildPaymentIntent,
  cancelPaymentIntent,
  capturePaymentIntent,
  confirmPayment,
  paymentError,
  savePaymentIntent,
} from "./payment-intents";
import {
  confirmShape as sharedConfirmShape,
  paymentMethodChoiceShape,
  pickConfirmPaymentMethod,
  setPaymentMethodToConfirm,
  type ConfirmParams as SharedConfirmParams,
} from "./pick-confirm-payment-method";
import { currency, mergeMetadata } from "./prices";

const confirmShape = {
  ...sharedConfirmShape,
  off_session: bool().optional(),
  receipt_email: str().optional(),
  setup_future_usage: oneOf(["on_session", "off_session"]).optional(),
  use_stripe_sdk: bool().optional(),
};

const createSchema = obj({
  amount: int({ min: 1, max: 99_999_999 }),
  currency: currency(),
  customer: str().optional(),
  description: str().optional(),
  metadata: metadata().optional(),
  capture_method: oneOf(["automatic", "automatic_async", "manual"]).optional(),
  confirm: bool().optional(),
  ...paymentMethodChoiceShape,
  statement_descriptor_suffix: str(22).optional(),
  ...confirmShape,
});

const updateSchema = obj({
  amount: int({ min: 1, max: 99_999_999 }).optional(),
  description: str().optional(),
  metadata: metadata().optional(),
  payment_method: str().optional(),
  receipt_email: str().optional(),
  customer: str().optional(),
});

const confirmSchema = obj({ ...confirmShape, client_secret: str().optional() });
const retrieveSchema = obj({ client_secret: str().optional() });
const cancelSchema = obj({
  cancellation_reason: oneOf(["abandoned", "duplicate", "fraudulent", "requested_by_customer"]).optional(),
});
const captureSchema = obj({ amount_to_capture: int({ min: 1 }).optional(), metadata: metadata().optional() });
const listSchema = obj({ ...paginationShape, customer: str().optional(), created: range().optional() });

type ConfirmParams = SharedConfirmParams & { off_session?: boolean };

/** The PaymentMethod a confirmation names, by id or as raw card data from Stripe.js. */
function paymentMethodOf(ctx: RequestContext, params: ConfirmParams, fallback: string | null): Stripe.PaymentMethod {
  return pickConfirmPaymentMethod(ctx, params, fallback, () =>
    invalidRequest(
      "You cannot confirm this PaymentIntent because it's missing a payment method. To confirm the PaymentIntent, update it with a payment method or pass `payment_method`.",
      "payment_method",
      "payment_intent_unexpected_state",
    ),
  );
}

/** Confirms and lets whatever waits on the intent (invoice, checkout) follow; declines are 402s. */
function confirm(ctx: RequestContext, pi: Stripe.PaymentIntent, params: ConfirmParams): Stripe.PaymentIntent {
  const pm = paymentMethodOf(ctx, params, pi.payment_method ? idOf(pi.payment_method) : null);
  if (params.off_session && !pi.customer) {
    throw invalidRequest("`off_session` requires a `customer` on the PaymentIntent.", "off_session");
  }
  const attempt = confirmPayment(ctx, pi, pm, { offSession: params.off_session });
  settleIntent(ctx, pi);
  if (attempt.outcome === "failed") throw paymentError(pi, attempt.failure!);
  return pi;
}

function createPaymentIntent(ctx: RequestContext, raw: unknown): Stripe.PaymentIntent {
  const params = parseParams(createSchema, raw);
  if (params.customer) findOrThrow(ctx.engine, "customer", params.customer, "customer");
  if (!params.confirm && (params.off_session || params.return_url)) {
    throw invalidRequest(
      "`off_session` and `return_url` can only be used with `confirm=true`.",
      params.off_session ? "off_session" : "return_url",
    );
  }
  const pi = buildPaymentIntent(ctx, {
    amount: params.amount,
    currency: params.currency,
    customer: params.customer,
    description: params.description,
    metadata: params.metadata,
    capture_method: params.capture_method,
    receipt_email: params.receipt_email,
    setup_future_usage: params.setup_future_usage,
  });
  if (params.allowed_payment_method_types) pi.allowed_payment_method_types = params.allowed_payment_method_types;
  if (params.automatic_payment_methods)
    pi.automatic_payment_methods = {
      allow_redirects: params.automatic_payment_methods.allow_redirects ?? "always",
      enabled: params.automatic_payment_methods.enabled,
    };
  if (params.payment_method && !params.confirm) setPaymentMethodToConfirm(ctx, pi, params.payment_method);
  savePaymentIntent(ctx, pi);
  return params.confirm ? confirm(ctx, pi, params) : pi;
}

function updatePaymentIntent(ctx: RequestContext, id: string, raw: unknown): Stripe.PaymentIntent {
  const pi = findOrThrow(ctx.engine, "payment_intent", id);
  const params = parseParams(updateSchema, raw);
  if (pi.status === "succeeded" || pi.status === "canceled" || pi.status === "processing") {
    if (params.amount !== undefined || params.payment_method !== undefined) {
      throw invalidRequest(
        `You cannot update this PaymentIntent because it has a status of ${pi.status}.`,
        undefined,
        "payment_intent_unexpected_state",
      );
    }
  }
  if (params.amount !== undefined) pi.amount = params.amount;
  if (params.description !== undefined) pi.description = params.description;
  if (params.receipt_email !== undefined) pi.receipt_email = params.receipt_email;
  if (params.customer !== undefined) pi.customer = findOrThrow(ctx.engine, "customer", params.customer, "customer").id;
  if (params.metadata !== undefined) pi.metadata = mergeMetadata(pi.metadata, raw, params.metadata);
  if (params.payment_method !== undefined) setPaymentMethodToConfirm(ctx, pi, params.payment_method);
  ctx.engine.store.put("payment_intent", pi);
  return pi;
}

function retrieve(ctx: RequestContext, id: string, raw: unknown): Stripe.PaymentIntent {
  const params = parseParams(retrieveSchema, raw);
  return findIntentForClient(ctx, "payment_intent", id, params.client_secret);
}

function confirmRoute(ctx: RequestContext, id: string, raw: unknown): Stripe.PaymentIntent {
  const params = parseParams(confirmSchema, raw);
  return confirm(ctx, findIntentForClient(ctx, "payment_intent", id, params.client_secret), params);
}

function listPaymentIntents(ctx: RequestContext, raw: unknown): Stripe.ApiList<Stripe.PaymentIntent> {
  const params = parseParams(listSchema, raw);
  const items = ctx.engine.store
    .all("payment_intent")
    .filter(
      (pi) => (params.customer === undefined || pi.customer === params.customer) && inRange(pi.created, params.created),
    );
  return paginate(items, params, ctx.path);
}

export const paymentIntentRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/payment_intents",
    returns: "payment_intent",
    handle: (ctx, p) => createPaymentIntent(ctx, p),
  },
  {
    method: "GET",
    path: "/v1/payment_intents",
    returns: "list:payment_intent",
    handle: (ctx, p) => listPaymentIntents(ctx, p),
  },
  {
    method: "GET",
    path: "/v1/payment_intents/:id",
    returns: "payment_intent",
    publishable: true,
    handle: (ctx, p, { id }) => retrieve(ctx, id!, p),
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id",
    returns: "payment_intent",
    handle: (ctx, p, { id }) => updatePaymentIntent(ctx, id!, p),
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id/confirm",
    returns: "payment_intent",
    publishable: true,
    handle: (ctx, p, { id }) => confirmRoute(ctx, id!, p),
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id/cancel",
    returns: "payment_intent",
    handle: (ctx, p, { id }) =>
      cancelPaymentIntent(
        ctx,
        findOrThrow(ctx.engine, "payment_intent", id!),
        parseParams(cancelSchema, p).cancellation_reason ?? null,
      ),
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id/capture",
    returns: "payment_intent",
    handle: (ctx, p, { id }) =>
      capturePaymentIntent(
        ctx,
        findOrThrow(ctx.engine, "payment_intent", id!),
        parseParams(captureSchema, p).amount_to_capture,
      ),
  },
];
