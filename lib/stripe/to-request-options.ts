import type Stripe from "stripe";

/** Per-call limits for a Stripe request: a caller that must not wait long sets a timeout. */
export type StripeCallOptions = { timeoutMs?: number };

/**
 * The SDK's request options for a call: with a timeout, one network retry at most, so a hanging Stripe costs a
 * bounded time (about twice the timeout) instead of the client's default minute.
 */
export function toRequestOptions(options: StripeCallOptions = {}, extra: Stripe.RequestOptions = {}): Stripe.RequestOptions {
  return options.timeoutMs ? { ...extra, timeout: options.timeoutMs, maxNetworkRetries: 1 } : extra;
}
