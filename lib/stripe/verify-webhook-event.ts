import "server-only";
import type Stripe from "stripe";
import { getEnv } from "../env";
import { getStripe } from "./get-stripe";

/**
 * Checks a webhook's `Stripe-Signature` over the exact raw body (300 s tolerance) and returns the event.
 * Throws when the signature, timestamp or secret is wrong.
 */
export function verifyWebhookEvent(rawBody: string, signature: string | null): Stripe.Event {
  const secret = getEnv().STRIPE_WEBHOOK_SECRET;
  if (!secret) throw new Error("STRIPE_WEBHOOK_SECRET is not configured");
  if (!signature) throw new Error("missing Stripe-Signature header");
  return getStripe().webhooks.constructEvent(rawBody, signature, secret);
}
