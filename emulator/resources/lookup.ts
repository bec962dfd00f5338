import type Stripe from "stripe";
import type { Engine } from "../engine/engine";
import type { Collections, ObjectType } from "../engine/store";
import { noSuch } from "../engine/stripe-error";

/** Words Stripe uses for each type in "No such …" messages. */
const LABELS: Record<ObjectType, string> = {
  customer: "customer",
  product: "product",
  price: "price",
  "checkout.session": "checkout.session",
  payment_intent: "payment_intent",
  payment_method: "PaymentMethod",
  setup_intent: "setupintent",
  subscription: "subscription",
  invoice: "invoice",
  invoice_payment: "invoice_payment",
  event: "event",
  webhook_endpoint: "webhook endpoint",
  token: "token",
  delivery: "delivery",
  charge: "charge",
  refund: "refund",
  "test_helpers.test_clock": "test_clock",
};

/** The object, or Stripe's resource_missing error: 404 for the URL's own object, 400 naming `param` otherwise. */
export function findOrThrow<K extends ObjectType>(engine: Engine, type: K, id: string, param?: string): Collections[K] {
  const found = engine.store.get(type, id);
  if (!found) throw noSuch(LABELS[type], id, param);
  return found;
}

/**
 * `unit_amount_decimal` travels as a decimal string; the SDK turns it into its `Decimal` class on receipt,
 * which is what its types describe. Stored objects hold the wire form.
 */
export function wireDecimal(text: string): Stripe.Decimal {
  return text as unknown as Stripe.Decimal;
}

/**
 * The id in a reference field. The types allow an expanded object there; stored objects always hold the
 * id (expansion happens on copies). "" for an empty reference, which finds nothing.
 */
export function idOf(ref: string | { id: string } | null | undefined): string {
  if (!ref) return "";
  return typeof ref === "string" ? ref : ref.id;
}
