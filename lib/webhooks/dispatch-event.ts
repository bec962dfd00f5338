import type Stripe from "stripe";
import { handleCheckoutSessionAsyncPaymentFailed } from "./handlers/checkout-session-async-payment-failed";
import { handleCheckoutSessionAsyncPaymentSucceeded } from "./handlers/checkout-session-async-payment-succeeded";
import { handleCheckoutSessionCompleted } from "./handlers/checkout-session-completed";
import { handleCheckoutSessionExpired } from "./handlers/checkout-session-expired";

type Handlers = { [T in Stripe.Event["type"]]?: (event: Extract<Stripe.Event, { type: T }>) => Promise<void> };

/** One handler per event type, each taking its narrowed event. Types not listed are acknowledged and ignored. */
const handlers: Handlers = {
  "checkout.session.completed": handleCheckoutSessionCompleted,
  "checkout.session.async_payment_succeeded": handleCheckoutSessionAsyncPaymentSucceeded,
  "checkout.session.async_payment_failed": handleCheckoutSessionAsyncPaymentFailed,
  "checkout.session.expired": handleCheckoutSessionExpired,
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
