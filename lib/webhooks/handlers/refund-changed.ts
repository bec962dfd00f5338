import type Stripe from "stripe";
import { mirrorPaymentRefunds } from "../../orders/mirror-payment-refunds";

/**
 * `refund.created`, `refund.updated`, `refund.failed`: a refund of a ticket payment changed in Stripe (made in
 * the console or straight in the Dashboard). The order is brought in line with Stripe's refunds for the payment.
 */
export async function handleRefundChanged(event: Stripe.RefundCreatedEvent | Stripe.RefundUpdatedEvent | Stripe.RefundFailedEvent) {
  const refund = event.data.object;
  const paymentIntentId = typeof refund.payment_intent === "string" ? refund.payment_intent : refund.payment_intent?.id;
  if (!paymentIntentId) return; // not a PaymentIntent's refund: not a ticket order
  await mirrorPaymentRefunds({ paymentIntentId, orderIdHint: refund.metadata?.order_id });
}
