import type Stripe from "stripe";
import { invalidRequest } from "../engine/stripe-error";
import type { RequestContext, Route } from "./context";
import { findIntentForClient } from "./find-intent-for-client";
import { settleIntent } from "./intent-outcomes";
import { findOrThrow, idOf } from "./lookup";
import { paginate } from "./paginate";
import { bool, inRange, metadata, obj, oneOf, paginationShape, parseParams, range, str } from "./params";
import {
  confirmShape as sharedConfirmShape,
  paymentMethodChoiceShape,
  pickConfirmPaymentMethod,
  setPaymentMethodToConfirm,
  type ConfirmParams,
} from "./pick-confirm-payment-method";
import { mergeMetadata } from "./prices";
import { buildSetupIntent, cancelSetupIntent, confirmSetup, saveSetupIntent, setupError } from "./setup-intents";

const confirmShape = {
  ...sharedConfirmShape,
  use_stripe_sdk: bool().optional(),
};

const createSchema = obj({
  customer: str().optional(),
  description: str().optional(),
  metadata: metadata().optional(),
  usage: oneOf(["on_session", "off_session"]).optional(),
  confirm: bool().optional(),
  ...paymentMethodChoiceShape,
  ...confirmShape,
});

const updateSchema = obj({
  customer: str().optional(),
  description: str().optional(),
  metadata: metadata().optional(),
  payment_method: str().optional(),
});

const confirmSchema = obj({ ...confirmShape, client_secret: str().optional() });
const retrieveSchema = obj({ client_secret: str().optional() });
const cancelSchema = obj({
  cancellation_reason: oneOf(["abandoned", "duplicate", "requested_by_customer"]).optional(),
});
const listSchema = obj({
  ...paginationShape,
  customer: str().optional(),
  payment_method: str().optional(),
  created: range().optional(),
});

function paymentMethodOf(ctx: RequestContext, params: ConfirmParams, fallback: string | null): Stripe.PaymentMethod {
  return pickConfirmPaymentMethod(ctx, params, fallback, () =>
    invalidRequest(
      "You cannot confirm this SetupIntent because it's missing a payment method. Update it with a payment method or pass `payment_method`.",
      "payment_method",
      "setup_intent_unexpected_state",
    ),
  );
}

function confirm(ctx: RequestContext, si: Stripe.SetupIntent, params: ConfirmParams): Stripe.SetupIntent {
  const pm = paymentMethodOf(ctx, params, si.payment_method ? idOf(si.payment_method) : null);
  const attempt = confirmSetup(ctx, si, pm);
  settleIntent(ctx, si);
  if (attempt.outcome === "failed") throw setupError(si, attempt.failure!);
  return si;
}

function createSetupIntent(ctx: RequestContext, raw: unknown): Stripe.SetupIntent {
  const params = parseParams(createSchema, raw);
  if (params.customer) findOrThrow(ctx.engine, "customer", params.customer, "customer");
  const si = buildSetupIntent(ctx, params);
  if (params.allowed_payment_method_types) si.allowed_payment_method_types = params.allowed_payment_method_types;
  if (params.payment_method && !params.confirm) setPaymentMethodToConfirm(ctx, si, params.payment_method);
  saveSetupIntent(ctx, si);
  return params.confirm ? confirm(ctx, si, params) : si;
}

function updateSetupIntent(ctx: RequestContext, id: string, raw: unknown): Stripe.SetupIntent {
  const si = findOrThrow(ctx.engine, "setup_intent", id);
  const params = parseParams(updateSchema, raw);
  if (params.customer !== undefined) si.customer = findOrThrow(ctx.engine, "customer", params.customer, "customer").id;
  if (params.description !== undefined) si.description = params.description;
  if (params.metadata !== undefined) si.metadata = mergeMetadata(si.metadata, raw, params.metadata);
  if (params.payment_method !== undefined) setPaymentMethodToConfirm(ctx, si, params.payment_method);
  ctx.engine.store.put("setup_intent", si);
  return si;
}

function retrieve(ctx: RequestContext, id: string, raw: unknown): Stripe.SetupIntent {
  const params = parseParams(retrieveSchema, raw);
  return findIntentForClient(ctx, "setup_intent", id, params.client_secret);
}

function confirmRoute(ctx: RequestContext, id: string, raw: unknown): Stripe.SetupIntent {
  const params = parseParams(confirmSchema, raw);
  return confirm(ctx, findIntentForClient(ctx, "setup_intent", id, params.client_secret), params);
}

function listSetupIntents(ctx: RequestContext, raw: unknown): Stripe.ApiList<Stripe.SetupIntent> {
  const params = parseParams(listSchema, raw);
  const items = ctx.engine.store
    .all("setup_intent")
    .filter(
      (si) =>
        (params.customer === undefined || si.customer === params.customer) &&
        (params.payment_method === undefined || si.payment_method === params.payment_method) &&
        inRange(si.created, params.created),
    );
  return paginate(items, params, ctx.path);
}

export const setupIntentRoutes: Route[] = [
  { method: "POST", path: "/v1/setup_intents", returns: "setup_intent", handle: (ctx, p) => createSetupIntent(ctx, p) },
  {
    method: "GET",
    path: "/v1/setup_intents",
    returns: "list:setup_intent",
    handle: (ctx, p) => listSetupIntents(ctx, p),
  },
  {
    method: "GET",
    path: "/v1/setup_intents/:id",
    returns: "setup_intent",
    publishable: true,
    handle: (ctx, p, { id }) => retrieve(ctx, id!, p),
  },
  {
    method: "POST",
    path: "/v1/setup_intents/:id",
    returns: "setup_intent",
    handle: (ctx, p, { id }) => updateSetupIntent(ctx, id!, p),
  },
  {
    method: "POST",
    path: "/v1/setup_intents/:id/confirm",
    returns: "setup_intent",
    publishable: true,
    handle: (ctx, p, { id }) => confirmRoute(ctx, id!, p),
  },
  {
    method: "POST",
    path: "/v1/setup_intents/:id/cancel",
    returns: "setup_intent",
    handle: (ctx, p, { id }) =>
      cancelSetupIntent(
        ctx,
        findOrThrow(ctx.engine, "setup_intent", id!),
        parseParams(cancelSchema, p).cancellation_reason ?? null,
      ),
  },
];
