import type Stripe from "stripe";
import { newId } from "../engine/ids";
import type { RequestContext } from "./context";

/**
 * The charge behind a succeeded PaymentIntent, made the first time something needs it (refunds). The emulator
 * settles payments without charge objects; Stripe always has one, named by the intent's `latest_charge`.
 */
export function chargeOfIntent(ctx: RequestContext, pi: Stripe.PaymentIntent): Stripe.Charge | undefined {
  if (pi.status !== "succeeded") return undefined;
  const existing = typeof pi.latest_charge === "string" ? ctx.engine.store.get("charge", pi.latest_charge) : undefined;
  if (existing) return existing;
  const charge = {
    id: newId("ch"),
    object: "charge",
    amount: pi.amount,
    amount_captured: pi.amount_received || pi.amount,
    amount_refunded: 0,
    balance_transaction: null,
    billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
    captured: true,
    created: pi.created,
    currency: pi.currency,
    customer: pi.customer,
    description: pi.description,
    disputed: false,
    failure_code: null,
    failure_message: null,
    livemode: false,
    metadata: pi.metadata,
    paid: true,
    payment_intent: pi.id,
    payment_method: typeof pi.payment_method === "string" ? pi.payment_method : (pi.payment_method?.id ?? null),
    receipt_email: pi.receipt_email,
    refunded: false,
    status: "succeeded",
  } as unknown as Stripe.Charge;
  ctx.engine.store.put("charge", charge);
  pi.latest_charge = charge.id;
  ctx.engine.store.put("payment_intent", pi);
  return charge;
}
