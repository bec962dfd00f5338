import "server-only";
import type Stripe from "stripe";
import { getStripe } from "./get-stripe";

/** Refunds `amount` of a payment. The idempotency key makes a retried request return the same refund. */
export function createRefund(input: { paymentIntentId: string; amount: number; metadata: Record<string, string>; idempotencyKey: string }): Promise<Stripe.Refund> {
  return getStripe().refunds.create(
    { payment_intent: input.paymentIntentId, amount: input.amount, reason: "requested_by_customer", metadata: input.metadata },
    { idempotencyKey: input.idempotencyKey },
  );
}
