import type Stripe from "stripe";
import { z } from "zod";
import { cardBehaviour } from "../engine/cards";
import { newId } from "../engine/ids";
import { invalidRequest } from "../engine/stripe-error";
import { cardError, cardFailure } from "./card-errors";
import type { RequestContext, Route } from "./context";
import { findOrThrow, idOf } from "./lookup";
import { paginate } from "./paginate";
import {
  bool,
  emptyable,
  inRange,
  int,
  list,
  metadata,
  obj,
  oneOf,
  paginationShape,
  parseParams,
  range,
  str,
} from "./params";
import { cardNumberOf } from "./payment-methods";
import { mergeMetadata } from "./prices";
import { nowFor } from "./clock-time";
import { advanceSubscription } from "./subscription-timeline";
import {
  announceUpdate,
  endSubscription,
  finalizeAndCharge,
  planOf,
  startSubscription,
  type PaymentBehavior,
} from "./subscriptions";

const paymentBehavior = () =>
  oneOf(["allow_incomplete", "default_incomplete", "error_if_incomplete", "pending_if_incomplete"]);
const trialEnd = () => z.union([z.literal("now"), int()]);

const createSchema = obj({
  customer: str().optional(),
  items: list(
    obj({ price: str().optional(), quantity: int({ min: 1 }).optional(), metadata: metadata().optional() }),
    20,
  ).optional(),
  trial_period_days: int({ min: 0, max: 730 }).optional(),
  trial_end: trialEnd().optional(),
  payment_behavior: paymentBehavior().optional(),
  default_payment_method: str().optional(),
  off_session: bool().optional(),
  metadata: metadata().optional(),
  description: str(500).optional(),
  cancel_at_period_end: bool().optional(),
  collection_method: oneOf(["charge_automatically"]).optional(),
  proration_behavior: oneOf(["always_invoice", "create_prorations", "none"]).optional(),
  payment_settings: obj({
    save_default_payment_method: oneOf(["off", "on_subscription"]).optional(),
    payment_method_types: emptyable(list(oneOf(["card"]))).optional(),
  }).optional(),
});

const updateSchema = obj({
  items: list(
    obj({
      id: str().optional(),
      price: str().optional(),
      quantity: int({ min: 1 }).optional(),
      deleted: bool().optional(),
      metadata: metadata().optional(),
    }),
    20,
  ).optional(),
  trial_end: trialEnd().optional(),
  payment_behavior: paymentBehavior().optional(),
  default_payment_method: emptyable(str()).optional(),
  off_session: bool().optional(),
  metadata: metadata().optional(),
  description: emptyable(str(500)).optional(),
  cancel_at_period_end: bool().optional(),
  proration_behavior: oneOf(["always_invoice", "create_prorations", "none"]).optional(),
  cancellation_details: obj({ comment: emptyable(str()).optional(), feedback: emptyable(str()).optional() }).optional(),
});

const cancelSchema = obj({
  invoice_now: bool().optional(),
  prorate: bool().optional(),
  cancellation_details: obj({
    comment: emptyable(str()).optional(),
    feedback: emptyable(
      oneOf([
        "customer_service",
        "low_quality",
        "missing_features",
        "other",
        "switched_service",
        "too_complex",
        "too_expensive",
        "unused",
      ]),
    ).optional(),
  }).optional(),
});

const listSchema = obj({
  ...paginationShape,
  customer: str().optional(),
  price: str().optional(),
  status: oneOf([
    "active",
    "all",
    "canceled",
    "ended",
    "incomplete",
    "incomplete_expired",
    "past_due",
    "paused",
    "trialing",
    "unpaid",
  ]).optional(),
  created: range().optional(),
  collection_method: oneOf(["charge_automatically", "send_invoice"]).optional(),
  test_clock: str().optional(),
});

/** Prices of new items: recurring, active, one currency, one billing interval. */
function resolveItems(
  ctx: RequestContext,
  items: Array<{ price?: string; quantity?: number; metadata?: Stripe.Metadata }>,
) {
  return items.map((item, i) => {
    if (!item.price)
      throw invalidRequest(`Missing required param: items[${i}][price].`, `items[${i}][price]`, "parameter_missing");
    const price = findOrThrow(ctx.engine, "price", item.price, `items[${i}][price]`);
    if (!price.recurring) {
      throw invalidRequest(
        `The price specified is set to \`type=one_time\` but this field only accepts prices with \`type=recurring\`.`,
        `items[${i}][price]`,
      );
    }
    if (!price.active)
      throw invalidRequest(
        "The price specified is inactive. This field only accepts active prices.",
        `items[${i}][price]`,
      );
    return { price, quantity: item.quantity ?? 1, metadata: item.metadata };
  });
}

/** A subscription's default payment method must already be attached to its customer (create and update alike). */
function checkDefaultPaymentMethod(ctx: RequestContext, id: string, customer: Stripe.Subscription["customer"]): void {
  const pm = findOrThrow(ctx.engine, "payment_method", id, "default_payment_method");
  if (pm.customer !== customer) {
    throw invalidRequest(
      `The customer does not have a payment method with the ID ${pm.id}. The payment method must be attached to the customer.`,
      "default_payment_method",
      "resource_missing",
    );
  }
}

function createSubscription(ctx: RequestContext, raw: unknown): Stripe.Subscription {
  const params = parseParams(createSchema, raw);
  if (!params.customer) throw invalidRequest("Missing required param: customer.", "customer", "parameter_missing");
  const customer = findOrThrow(ctx.engine, "customer", params.customer, "customer");
  if (!params.items?.length) throw invalidRequest("Missing required param: items.", "items", "parameter_missing");
  const items = resolveItems(ctx, params.items);
  const currencies = new Set(items.map((i) => i.price.currency));
  if (currencies.size > 1) throw invalidRequest("All prices on a subscription must have the same currency.", "items");
  const intervals = new Set(items.map((i) => `${i.price.recurring!.interval}/${i.price.recurring!.interval_count}`));
  if (intervals.size > 1) {
    throw invalidRequest(
      "All prices on a subscription must have the same `recurring.interval` and `recurring.interval_count`.",
      "items",
    );
  }
  const now = nowFor(ctx, customer.id);
  if (params.trial_end !== undefined && params.trial_period_days !== undefined) {
    throw invalidRequest("You may only specify one of these parameters: trial_end, trial_period_days.", "trial_end");
  }
  let trialEnd: number | null = null;
  if (typeof params.trial_end === "number") {
    if (params.trial_end <= now)
      throw invalidRequest("Invalid timestamp: must be an integer Unix timestamp in the future.", "trial_end");
    trialEnd = params.trial_end;
  } else if (params.trial_period_days) {
    trialEnd = now + params.trial_period_days * 24 * 60 * 60;
  }
  if (params.default_payment_method) checkDefaultPaymentMethod(ctx, params.default_payment_method, customer.id);
  const behaviour: PaymentBehavior = params.payment_behavior ?? "allow_incomplete";
  const due = trialEnd === null && items.some((i) => (i.price.unit_amount ?? 1) > 0);
  if (behaviour === "error_if_incomplete" && due)
    refuseIfIncomplete(ctx, customer, params.default_payment_method ?? null, params.off_session ?? false);
  return startSubscription(ctx, {
    customer: customer.id,
    items,
    trialEnd,
    defaultPaymentMethod: params.default_payment_method ?? null,
    paymentBehavior: behaviour,
    offSession: params.off_session ?? false,
    metadata: params.metadata ?? {},
    description: params.description ?? null,
    cancelAtPeriodEnd: params.cancel_at_period_end ?? false,
    saveDefaultPaymentMethod: params.payment_settings?.save_default_payment_method,
    paymentMethodTypes: params.payment_settings?.payment_method_types,
  }).subscription;
}

/**
 * `error_if_incomplete`: Stripe answers 402 and creates nothing when the first payment would not
 * succeed at once; the card's behaviour tells in advance.
 */
function refuseIfIncomplete(
  ctx: RequestContext,
  customer: Stripe.Customer,
  pmId: string | null,
  offSession: boolean,
): void {
  const id = pmId ?? customer.invoice_settings.default_payment_method;
  const pm = id ? ctx.engine.store.get("payment_method", idOf(id)) : undefined;
  if (!pm) {
    throw invalidRequest(
      "This customer has no attached payment source or default payment method.",
      undefined,
      "resource_missing",
    );
  }
  const behaviour = cardBehaviour(cardNumberOf(ctx, pm));
  if (offSession ? behaviour.offSession.authenticationRequired : behaviour.onSession.authenticate) {
    throw cardError(cardFailure("authentication_required"));
  }
  const decline = offSession ? behaviour.offSession.decline : behaviour.onSession.decline;
  if (decline) throw cardError(cardFailure(decline));
}

function updateSubscription(ctx: RequestContext, id: string, raw: unknown): Stripe.Subscription {
  const sub = findOrThrow(ctx.engine, "subscription", id);
  const params = parseParams(updateSchema, raw);
  if (sub.status === "canceled" || sub.status === "incomplete_expired") {
    throw invalidRequest(
      `A canceled subscription can only update its cancellation_details and metadata.`,
      undefined,
      "invalid_canceled_subscription_fields",
    );
  }
  const replacements = params.items ? planItemChanges(ctx, sub, params.items) : null;
  if (params.default_payment_method) checkDefaultPaymentMethod(ctx, params.default_payment_method, sub.customer);
  const now = nowFor(ctx, sub.customer);
  if (typeof params.trial_end === "number" && params.trial_end <= now) {
    throw invalidRequest("Invalid timestamp: must be an integer Unix timestamp in the future.", "trial_end");
  }
  const before = structuredClone(sub);
  if (replacements) sub.items = { ...sub.items, data: replacements };
  if (params.default_payment_method !== undefined) sub.default_payment_method = params.default_payment_method;
  if (params.description !== undefined) sub.description = params.description;
  if (params.metadata !== undefined) sub.metadata = mergeMetadata(sub.metadata, raw, params.metadata);
  if (params.cancel_at_period_end !== undefined) {
    sub.cancel_at_period_end = params.cancel_at_period_end;
    sub.cancel_at = params.cancel_at_period_end ? (sub.items.data[0]?.current_period_end ?? null) : null;
    sub.canceled_at = params.cancel_at_period_end ? now : null;
  }
  if (params.cancellation_details) {
    sub.cancellation_details = {
      ...(sub.cancellation_details ?? { comment: null, feedback: null, feedback_option: null, reason: null }),
      comment: params.cancellation_details.comment ?? null,
      feedback: params.cancellation_details.feedback ?? null,
    };
  }
  if (params.trial_end !== undefined) {
    // A trial moved to a later date, or ended now (billed by the timer pass below).
    sub.trial_end = params.trial_end === "now" ? now : params.trial_end;
    if (sub.status === "active" && params.trial_end !== "now") {
      sub.status = "trialing";
      sub.trial_start = now;
    }
    for (const item of sub.items.data) if (sub.status === "trialing") item.current_period_end = sub.trial_end;
  }
  announceUpdate(ctx, sub, before);
  if (params.trial_end === "now") {
    // Ending a trial through the API bills the new period at once (no hour-long draft).
    advanceSubscription(ctx, sub, now);
    const invoice = sub.latest_invoice ? ctx.engine.store.get("invoice", idOf(sub.latest_invoice)) : undefined;
    if (invoice?.status === "draft") finalizeAndCharge(ctx, sub, invoice);
  }
  return sub;
}

/** New item list after an update: price/quantity changes, additions, deletions (no prorations). */
function planItemChanges(
  ctx: RequestContext,
  sub: Stripe.Subscription,
  changes: Array<{ id?: string; price?: string; quantity?: number; deleted?: boolean; metadata?: Stripe.Metadata }>,
): Stripe.SubscriptionItem[] {
  let items = structuredClone(sub.items.data);
  const first = items[0]!;
  changes.forEach((change, i) => {
    const existing = change.id ? items.find((item) => item.id === change.id) : undefined;
    if (change.id && !existing)
      throw invalidRequest(`Invalid subscription_item id: ${change.id}`, `items[${i}][id]`, "resource_missing");
    if (existing && change.deleted) {
      items = items.filter((item) => item !== existing);
      return;
    }
    const price = change.price ? resolveItems(ctx, [{ price: change.price }])[0]!.price : existing?.price;
    if (!price)
      throw invalidRequest(`Missing required param: items[${i}][price].`, `items[${i}][price]`, "parameter_missing");
    if (price.currency !== sub.currency)
      throw invalidRequest("All prices on a subscription must have the same currency.", `items[${i}][price]`);
    if (existing) {
      existing.price = structuredClone(price);
      existing.plan = planOf(price);
      if (change.quantity !== undefined) existing.quantity = change.quantity;
      if (change.metadata) existing.metadata = { ...existing.metadata, ...change.metadata };
    } else {
      items.push({
        ...structuredClone(first),
        id: newId("si", 14),
        price: structuredClone(price),
        plan: planOf(price),
        quantity: change.quantity ?? 1,
        metadata: change.metadata ?? {},
      });
    }
  });
  if (items.length === 0) throw invalidRequest("A subscription must have at least one item.", "items");
  return items;
}

function cancelSubscription(ctx: RequestContext, id: string, raw: unknown): Stripe.Subscription {
  const sub = findOrThrow(ctx.engine, "subscription", id);
  const params = parseParams(cancelSchema, raw);
  if (sub.status === "canceled" || sub.status === "incomplete_expired") {
    throw invalidRequest(`This subscription has already been canceled.`, undefined, "resource_missing");
  }
  return endSubscription(ctx, sub, {
    comment: params.cancellation_details?.comment ?? null,
    feedback: params.cancellation_details?.feedback ?? null,
    reason: "cancellation_requested",
  });
}

function listSubscriptions(ctx: RequestContext, raw: unknown): Stripe.ApiList<Stripe.Subscription> {
  const params = parseParams(listSchema, raw);
  const ended = new Set(["canceled", "incomplete_expired"]);
  const subs = ctx.engine.store.all("subscription").filter((s) => {
    // Without `status`, Stripe lists every subscription that has not been canceled.
    const statusOk =
      params.status === "all" ||
      (params.status === undefined && s.status !== "canceled") ||
      (params.status === "ended" && ended.has(s.status)) ||
      s.status === params.status;
    return (
      statusOk &&
      (params.customer === undefined || s.customer === params.customer) &&
      (params.price === undefined || s.items.data.some((i) => i.price.id === params.price)) &&
      (params.test_clock === undefined || s.test_clock === params.test_clock) &&
      inRange(s.created, params.created)
    );
  });
  return paginate(subs, params, ctx.path);
}

export const subscriptionRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/subscriptions",
    returns: "subscription",
    handle: (ctx, p) => createSubscription(ctx, p),
  },
  {
    method: "GET",
    path: "/v1/subscriptions",
    returns: "list:subscription",
    handle: (ctx, p) => listSubscriptions(ctx, p),
  },
  {
    method: "GET",
    path: "/v1/subscriptions/:id",
    returns: "subscription",
    handle: (ctx, p, { id }) => (parseParams(obj({}), p), findOrThrow(ctx.engine, "subscription", id!)),
  },
  {
    method: "POST",
    path: "/v1/subscriptions/:id",
    returns: "subscription",
    handle: (ctx, p, { id }) => updateSubscription(ctx, id!, p),
  },
  {
    method: "DELETE",
    path: "/v1/subscriptions/:id",
    returns: "subscription",
    handle: (ctx, p, { id }) => cancelSubscription(ctx, id!, p),
  },
];
