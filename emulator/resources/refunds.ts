import type Stripe from "stripe";
import { newId } from "../engine/ids";
import { publishEvent } from "../engine/publish-event";
import { invalidRequest } from "../engine/stripe-error";
import { chargeOfIntent } from "./charge-object";
import type { RequestContext, Route } from "./context";
import { findOrThrow } from "./lookup";
import { paginate } from "./paginate";
import { int, metadata, obj, oneOf, paginationShape, parseParams, str } from "./params";

const createSchema = obj({
  payment_intent: str().optional(),
  charge: str().optional(),
  amount: int({ min: 1 }).optional(),
  reason: oneOf(["duplicate", "fraudulent", "requested_by_customer"]).optional(),
  metadata: metadata().optional(),
});

const listSchema = obj({ ...paginationShape, payment_intent: str().optional(), charge: str().optional() });

/**
 * `POST /v1/refunds`: refunds all or part of a succeeded payment (by `payment_intent` or `charge`). Card
 * refunds succeed at once in test mode. Announces `refund.created` and `charge.refunded` (the charge with its
 * new `amount_refunded`, `refunded` true only once fully refunded), as Stripe does.
 */
function createRefund(ctx: RequestContext, raw: unknown): Stripe.Refund {
  const params = parseParams(createSchema, raw);
  if (params.payment_intent === undefined && params.charge === undefined) {
    throw invalidRequest("One of the following params should be provided for this request: payment_intent or charge.");
  }
  let charge: Stripe.Charge | undefined;
  if (params.charge !== undefined) {
    charge = findOrThrow(ctx.engine, "charge", params.charge, "charge");
  } else {
    const pi = findOrThrow(ctx.engine, "payment_intent", params.payment_intent!, "payment_intent");
    charge = chargeOfIntent(ctx, pi);
    if (!charge) {
      throw invalidRequest(
        `This PaymentIntent (${pi.id}) does not have a successful charge to refund.`,
        "payment_intent",
        "charge_not_refundable",
      );
    }
  }
  const remaining = charge.amount_captured - charge.amount_refunded;
  if (remaining <= 0) {
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, undefined, "charge_already_refunded");
  }
  const amount = params.amount ?? remaining;
  if (amount > remaining) {
    throw invalidRequest(
      `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`,
      "amount",
      "amount_too_large",
    );
  }
  const paymentIntent = typeof charge.payment_intent === "string" ? charge.payment_intent : (charge.payment_intent?.id ?? null);
  const refund = {
    id: newId("re"),
    object: "refund",
    amount,
    balance_transaction: null,
    charge: charge.id,
    created: ctx.engine.clock.now(),
    currency: charge.currency,
    destination_details: { card: { reference_status: "pending", reference_type: "acquirer_reference_number", type: "refund" }, type: "card" },
    metadata: params.metadata ?? {},
    payment_intent: paymentIntent,
    reason: params.reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
  } as unknown as Stripe.Refund;
  ctx.engine.store.put("refund", refund);
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded >= charge.amount_captured;
  ctx.engine.store.put("charge", charge);
  publishEvent(ctx.engine, "refund.created", refund, ctx.request);
  publishEvent(ctx.engine, "charge.refunded", charge, ctx.request, { amount_refunded: charge.amount_refunded - amount, refunded: false });
  return refund;
}

function listRefunds(ctx: RequestContext, raw: unknown): Stripe.ApiList<Stripe.Refund> {
  const params = parseParams(listSchema, raw);
  const refunds = ctx.engine.store
    .all("refund")
    .filter(
      (r) =>
        (params.payment_intent === undefined || r.payment_intent === params.payment_intent) &&
        (params.charge === undefined || r.charge === params.charge),
    );
  return paginate(refunds, params, ctx.path);
}

export const refundRoutes: Route[] = [
  { method: "POST", path: "/v1/refunds", returns: "refund", handle: (ctx, params) => createRefund(ctx, params) },
  { method: "GET", path: "/v1/refunds", returns: "list:refund", handle: (ctx, params) => listRefunds(ctx, params) },
  {
    method: "GET",
    path: "/v1/refunds/:id",
    returns: "refund",
    handle: (ctx, params, { id }) => (parseParams(obj({}), params), findOrThrow(ctx.engine, "refund", id!)),
  },
  {
    method: "GET",
    path: "/v1/charges/:id",
    returns: "charge",
    handle: (ctx, params, { id }) => (parseParams(obj({}), params), findOrThrow(ctx.engine, "charge", id!)),
  },
];
