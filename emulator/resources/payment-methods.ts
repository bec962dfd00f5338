import type Stripe from "stripe";
import { z } from "zod";
import { brandOf, cardBehaviour, passesLuhn, TEST_PAYMENT_METHODS } from "../engine/cards";
import { newId } from "../engine/ids";
import { changedFields, publishEvent } from "../engine/publish-event";
import { invalidRequest } from "../engine/stripe-error";
import { cardError, cardFailure } from "./card-errors";
import type { RequestContext, Route } from "./context";
import { findOrThrow } from "./lookup";
import { paginate } from "./paginate";
import { int, metadata, obj, oneOf, paginationShape, parseParams, str } from "./params";
import { mergeMetadata } from "./prices";

export interface CardInput {
  number: string;
  exp_month: number;
  exp_year: number;
  cvc?: string;
}

export interface BillingInput {
  email?: string | null;
  name?: string | null;
  phone?: string | null;
}

export const cardShape = obj({
  number: str(),
  exp_month: int(),
  exp_year: int(),
  cvc: str().optional(),
});

/** A card by its details (Stripe.js) or by a token made from them (`tok_…`). */
const cardOrTokenShape = z.union([cardShape, obj({ token: str() })]);

export const billingShape = obj({
  email: str().optional(),
  name: str().optional(),
  phone: str().optional(),
  address: obj({
    city: str().optional(),
    country: str().optional(),
    line1: str().optional(),
    line2: str().optional(),
    postal_code: str().optional(),
    state: str().optional(),
  }).optional(),
});

/** `payment_method_data` on confirm: the card as Stripe.js sends it. */
export const paymentMethodDataShape = obj({
  type: oneOf(["card"]),
  card: cardShape,
  billing_details: billingShape.optional(),
  metadata: metadata().optional(),
});

const createSchema = obj({
  type: oneOf(["card"]),
  card: cardOrTokenShape.optional(),
  billing_details: billingShape.optional(),
  metadata: metadata().optional(),
});

const updateSchema = obj({ billing_details: billingShape.optional(), metadata: metadata().optional() });
const attachSchema = obj({ customer: str() });
const listSchema = obj({ ...paginationShape, customer: str().optional(), type: oneOf(["card"]).optional() });
const customerListSchema = obj({ ...paginationShape, type: oneOf(["card"]).optional() });

/** Checks a card as Stripe.js and Stripe do before anything is charged: number, expiry, CVC. */
export function validateCard(card: CardInput, now: Date): void {
  const number = card.number.replace(/\s+/g, "");
  if (!passesLuhn(number)) throw cardError(cardFailure("incorrect_number"), "number");
  if (card.exp_month < 1 || card.exp_month > 12) throw cardError(cardFailure("invalid_expiry_month"), "exp_month");
  const year = card.exp_year < 100 ? 2000 + card.exp_year : card.exp_year;
  if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && card.exp_month < now.getUTCMonth() + 1)) {
    throw cardError(cardFailure("expired_card"), "exp_year");
  }
  if (card.cvc !== undefined && !/^\d{3,4}$/.test(card.cvc)) throw cardError(cardFailure("invalid_cvc"), "cvc");
}

/** A card PaymentMethod; the number itself is kept aside, never shown. */
export function createCardPaymentMethod(
  ctx: RequestContext,
  card: CardInput,
  billing: BillingInput & { address?: Record<string, string | undefined> } = {},
  meta: Stripe.Metadata = {},
): Stripe.PaymentMethod {
  validateCard(card, new Date(ctx.engine.clock.nowMs()));
  const number = card.number.replace(/\s+/g, "");
  const brand = brandOf(number);
  const address = billing.address;
  const pm: Stripe.PaymentMethod = {
    id: newId("pm"),
    object: "payment_method",
    allow_redisplay: "unspecified",
    billing_details: {
      address: address
        ? {
            city: address.city ?? null,
            country: address.country ?? null,
            line1: address.line1 ?? null,
            line2: address.line2 ?? null,
            postal_code: address.postal_code ?? null,
            state: address.state ?? null,
          }
        : null,
      email: billing.email ?? null,
      name: billing.name ?? null,
      phone: billing.phone ?? null,
      tax_id: null,
    },
    card: {
      brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: card.cvc ? "pass" : null },
      country: "US",
      display_brand: brand,
      exp_month: card.exp_month,
      exp_year: card.exp_year < 100 ? 2000 + card.exp_year : card.exp_year,
      fingerprint: number.slice(-8).split("").reverse().join("") + brand.slice(0, 8),
      funding: "credit",
      generated_from: null,
      last4: number.slice(-4),
      networks: { available: [brand], preferred: null },
      regulated_status: "unregulated",
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: ctx.engine.clock.now(),
    customer: null,
    customer_account: null,
    livemode: false,
    metadata: meta,
    type: "card",
  };
  ctx.engine.store.put("payment_method", pm);
  ctx.engine.store.internal.cardNumbers[pm.id] = number;
  ctx.engine.store.touch();
  return pm;
}

/**
 * The PaymentMethod an id names. Stripe's test ids (`pm_card_visa`, …) yield a fresh PaymentMethod
 * each time they are used, as at Stripe.
 */
export function resolvePaymentMethod(ctx: RequestContext, id: string, param?: string): Stripe.PaymentMethod {
  const testNumber = TEST_PAYMENT_METHODS[id];
  if (testNumber) {
    const year = new Date(ctx.engine.clock.nowMs()).getUTCFullYear() + 3;
    return createCardPaymentMethod(ctx, { number: testNumber, exp_month: 12, exp_year: year, cvc: "123" });
  }
  return findOrThrow(ctx.engine, "payment_method", id, param);
}

export function cardNumberOf(ctx: RequestContext, pm: Stripe.PaymentMethod): string {
  return ctx.engine.store.internal.cardNumbers[pm.id] ?? "4242424242424242";
}

/** Attaches to a customer; Stripe checks the card with its issuer first, so some cards fail here. */
export function attachPaymentMethod(
  ctx: RequestContext,
  pm: Stripe.PaymentMethod,
  customerId: string,
  param = "customer",
) {
  findOrThrow(ctx.engine, "customer", customerId, param);
  if (pm.customer === customerId) return pm;
  if (pm.customer) {
    throw invalidRequest(
      "The payment method you provided has already been attached to a customer.",
      "payment_method",
      "payment_method_unexpected_state",
    );
  }
  const decline = cardBehaviour(cardNumberOf(ctx, pm)).attach;
  if (decline) throw cardError(cardFailure(decline), undefined);
  pm.customer = customerId;
  ctx.engine.store.put("payment_method", pm);
  publishEvent(ctx.engine, "payment_method.attached", pm, ctx.request);
  return pm;
}

function detachPaymentMethod(ctx: RequestContext, id: string): Stripe.PaymentMethod {
  const pm = findOrThrow(ctx.engine, "payment_method", id);
  if (!pm.customer) {
    throw invalidRequest(
      `The payment method \`${id}\` is not attached to a customer so detachment is impossible.`,
      undefined,
      "payment_method_unexpected_state",
    );
  }
  const before = { customer: pm.customer };
  pm.customer = null;
  ctx.engine.store.put("payment_method", pm);
  publishEvent(ctx.engine, "payment_method.detached", pm, ctx.request, before);
  return pm;
}

function createPaymentMethod(ctx: RequestContext, raw: unknown): Stripe.PaymentMethod {
  const params = parseParams(createSchema, raw);
  if (!params.card) throw invalidRequest("Missing required param: card.", "card", "parameter_missing");
  if ("token" in params.card) {
    const token = findOrThrow(ctx.engine, "token", params.card.token, "card[token]");
    if (token.used)
      throw invalidRequest(
        `You cannot use a Stripe token more than once: ${token.id}.`,
        "card[token]",
        "token_already_used",
      );
    token.used = true;
    ctx.engine.store.put("token", token);
    const card = token.card!;
    const number = ctx.engine.store.internal.cardNumbers[token.id] ?? "4242424242424242";
    return createCardPaymentMethod(
      ctx,
      { number, exp_month: card.exp_month, exp_year: card.exp_year },
      params.billing_details,
      params.metadata ?? {},
    );
  }
  // Stripe refuses raw card numbers from servers; only Stripe.js (publishable key) may send them.
  if (ctx.keyType === "secret") {
    throw invalidRequest(
      "Sending credit card numbers directly to the Stripe API is generally unsafe. To continue processing use Stripe.js, the Stripe mobile bindings, or Stripe Elements. For testing, use test tokens such as pm_card_visa.",
      "card[number]",
    );
  }
  return createCardPaymentMethod(ctx, params.card, params.billing_details, params.metadata ?? {});
}

function updatePaymentMethod(ctx: RequestContext, id: string, raw: unknown): Stripe.PaymentMethod {
  const pm = findOrThrow(ctx.engine, "payment_method", id);
  const params = parseParams(updateSchema, raw);
  const before = structuredClone(pm);
  if (params.billing_details) {
    const b = params.billing_details;
    pm.billing_details = {
      ...pm.billing_details,
      ...(b.email !== undefined && { email: b.email }),
      ...(b.name !== undefined && { name: b.name }),
      ...(b.phone !== undefined && { phone: b.phone }),
    };
  }
  if (params.metadata) pm.metadata = mergeMetadata(pm.metadata, raw, params.metadata);
  ctx.engine.store.put("payment_method", pm);
  publishEvent(ctx.engine, "payment_method.updated", pm, ctx.request, changedFields(before, pm));
  return pm;
}

function listPaymentMethods(ctx: RequestContext, raw: unknown, customer?: string) {
  const params = customer ? { ...parseParams(customerListSchema, raw), customer } : parseParams(listSchema, raw);
  if (params.customer) findOrThrow(ctx.engine, "customer", params.customer, customer ? undefined : "customer");
  // Without a customer Stripe lists only PaymentMethods attached to none (Treasury aside): ours.
  const items = ctx.engine.store
    .all("payment_method")
    .filter((pm) => (params.customer ? pm.customer === params.customer : true));
  return paginate(items, params, ctx.path);
}

export const paymentMethodRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/payment_methods",
    returns: "payment_method",
    publishable: true,
    handle: (ctx, p) => createPaymentMethod(ctx, p),
  },
  {
    method: "GET",
    path: "/v1/payment_methods",
    returns: "list:payment_method",
    handle: (ctx, p) => listPaymentMethods(ctx, p),
  },
  {
    method: "GET",
    path: "/v1/payment_methods/:id",
    returns: "payment_method",
    handle: (ctx, p, { id }) => (parseParams(obj({}), p), findOrThrow(ctx.engine, "payment_method", id!)),
  },
  {
    method: "POST",
    path: "/v1/payment_methods/:id",
    returns: "payment_method",
    handle: (ctx, p, { id }) => updatePaymentMethod(ctx, id!, p),
  },
  {
    method: "POST",
    path: "/v1/payment_methods/:id/attach",
    returns: "payment_method",
    handle: (ctx, p, { id }) =>
      attachPaymentMethod(ctx, resolvePaymentMethod(ctx, id!), parseParams(attachSchema, p).customer),
  },
  {
    method: "POST",
    path: "/v1/payment_methods/:id/detach",
    returns: "payment_method",
    handle: (ctx, p, { id }) => (parseParams(obj({}), p), detachPaymentMethod(ctx, id!)),
  },
  {
    method: "GET",
    path: "/v1/customers/:id/payment_methods",
    returns: "list:payment_method",
    handle: (ctx, p, { id }) => listPaymentMethods(ctx, p, id),
  },
];
