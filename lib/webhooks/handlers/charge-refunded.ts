import type Stripe from "stripe";
import { mirrorPaymentRefunds } from "../../orders/mirror-payment-refunds";

/**
 * `charge.refunded` (and `charge.refund.updated`): the charge's refunds changed. Same mirror as the refund
 * events, so whichever arrives first does the work and the others find nothing new.
 */
export async function handleChargeRefunded(event: Stripe.ChargeRefundedEvent) {
  const charge = event.data.object;
  const paymentIntentId = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
  if (!paymentIntentId) return;
  await mirrorPaymentRefunds({ paymentIntentId });
}

export async function handleChargeRefundUpdated(event: Stripe.ChargeRefundUpdatedEvent) {
  const refund = event.data.object;
  const paymentIntentId = typeof refund.payment_intent === "string" ? refund.payment_intent : refund.payment_intent?.id;
  if (!paymentIntentId) return;
  await mirrorPaymentRefunds({ paymentIntentId, orderIdHint: refund.metadata?.order_id });
}
