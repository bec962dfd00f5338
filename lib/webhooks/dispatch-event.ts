import type Stripe from "stripe";
import { handleCheckoutSessionAsyncPaymentFailed } from "./handlers/checkout-session-async-payment-failed";
import { handleCheckoutSessionAsyncPaymentSucceeded } from "./handlers/checkout-session-async-payment-succeeded";
import { handleCheckoutSessionCompleted } from "./handlers/checkout-session-completed";
import { handleCheckoutSessionExpired } from "./handlers/checkout-session-expired";
import { handleProductCreated } from "./handlers/product-created";
import { handleProductUpdated } from "./handlers/product-updated";
import { handleProductDeleted } from "./handlers/product-deleted";
import { handlePriceCreated } from "./handlers/price-created";
import { handlePriceUpdated } from "./handlers/price-updated";
import { handlePriceDeleted } from "./handlers/price-deleted";
import { handleCustomerSubscriptionCreated } from "./handlers/customer-subscription-created";
import { handleCustomerSubscriptionDeleted } from "./handlers/customer-subscription-deleted";
import { handleCustomerSubscriptionUpdated } from "./handlers/customer-subscription-updated";
import { handleInvoicePaid } from "./handlers/invoice-paid";
import { handleInvoicePaymentFailed } from "./handlers/invoice-payment-failed";
import { handleSetupIntentSetupFailed } from "./handlers/setup-intent-setup-failed";
import { handleSetupIntentSucceeded } from "./handlers/setup-intent-succeeded";
import { handleChargeRefunded, handleChargeRefundUpdated } from "./handlers/charge-refunded";
import { handleRefundChanged } from "./handlers/refund-changed";

type Handlers = { [T in Stripe.Event["type"]]?: (event: Extract<Stripe.Event, { type: T }>) => Promise<void> };

/** One handler per event type, each taking its narrowed event. Types not listed are acknowledged and ignored. */
const handlers: Handlers = {
  "checkout.session.completed": handleCheckoutSessionCompleted,
  "checkout.session.async_payment_succeeded": handleCheckoutSessionAsyncPaymentSucceeded,
  "checkout.session.async_payment_failed": handleCheckoutSessionAsyncPaymentFailed,
  "checkout.session.expired": handleCheckoutSessionExpired,
  "product.created": handleProductCreated,
  "product.updated": handleProductUpdated,
  "product.deleted": handleProductDeleted,
  "price.created": handlePriceCreated,
  "price.updated": handlePriceUpdated,
  "price.deleted": handlePriceDeleted,
  "customer.subscription.created": handleCustomerSubscriptionCreated,
  "customer.subscription.updated": handleCustomerSubscriptionUpdated,
  "customer.subscription.deleted": handleCustomerSubscriptionDeleted,
  "setup_intent.succeeded": handleSetupIntentSucceeded,
  "setup_intent.setup_failed": handleSetupIntentSetupFailed,
  "invoice.paid": handleInvoicePaid,
  "invoice.payment_failed": handleInvoicePaymentFailed,
  "refund.created": handleRefundChanged,
  "refund.updated": handleRefundChanged,
  "refund.failed": handleRefundChanged,
  "charge.refunded": handleChargeRefunded,
  "charge.refund.updated": handleChargeRefundUpdated,
};

/** Whether we handle this event type (others are acknowledged and recorded as processed at once). */
export function isHandledEventType(type: string): boolean {
  return Object.hasOwn(handlers, type);
}

/** Runs the event's handler; returns false when we do not handle this type. */
export async function dispatchEvent(event: Stripe.Event): Promise<boolean> {
  const handler = handlers[event.type] as ((event: Stripe.Event) => Promise<void>) | undefined;
  if (!handler) return false;
  await handler(event);
  return true;
}
