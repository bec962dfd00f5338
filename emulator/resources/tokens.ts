import type Stripe from "stripe";
import { brandOf } from "../engine/cards";
import { newId } from "../engine/ids";
import { invalidRequest } from "../engine/stripe-error";
import type { RequestContext, Route } from "./context";
import { findOrThrow } from "./lookup";
import { obj, parseParams, str } from "./params";
import { cardShape, validateCard } from "./payment-methods";

const createSchema = obj({ card: cardShape.extend({ name: str().optional() }) });

/** Card tokens, for Stripe.js's `createToken`; a token becomes a PaymentMethod through `card[token]`. */
function createToken(ctx: RequestContext, raw: unknown): Stripe.Token {
  const { card } = parseParams(createSchema, raw);
  if (ctx.keyType === "secret") {
    throw invalidRequest(
      "Sending credit card numbers directly to the Stripe API is generally unsafe. Use Stripe.js or test tokens such as tok_visa.",
      "card[number]",
    );
  }
  validateCard(card, new Date(ctx.engine.clock.nowMs()));
  const number = card.number.replace(/\s+/g, "");
  const brand = brandOf(number);
  const id = newId("tok");
  const token: Stripe.Token = {
    id,
    object: "token",
    card: {
      id: newId("card"),
      object: "card",
      address_city: null,
      address_country: null,
      address_line1: null,
      address_line1_check: null,
      address_line2: null,
      address_state: null,
      address_zip: null,
      address_zip_check: null,
      brand: brand === "visa" ? "Visa" : brand === "mastercard" ? "MasterCard" : brand,
      country: "US",
      cvc_check: card.cvc ? "unchecked" : null,
      dynamic_last4: null,
      exp_month: card.exp_month,
      exp_year: card.exp_year < 100 ? 2000 + card.exp_year : card.exp_year,
      funding: "credit",
      last4: number.slice(-4),
      metadata: {},
      name: card.name ?? null,
      regulated_status: "unregulated",
      tokenization_method: null,
    },
    client_ip: null,
    created: ctx.engine.clock.now(),
    livemode: false,
    type: "card",
    used: false,
  };
  ctx.engine.store.put("token", token);
  ctx.engine.store.internal.cardNumbers[id] = number;
  ctx.engine.store.touch();
  return token;
}

export const tokenRoutes: Route[] = [
  { method: "POST", path: "/v1/tokens", returns: "token", publishable: true, handle: (ctx, p) => createToken(ctx, p) },
  {
    method: "GET",
    path: "/v1/tokens/:id",
    returns: "token",
    handle: (ctx, p, { id }) => (parseParams(obj({}), p), findOrThrow(ctx.engine, "token", id!)),
  },
];
