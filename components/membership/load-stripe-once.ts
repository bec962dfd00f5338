"use client";
import { loadStripe, type Stripe } from "@stripe/stripe-js";

const stripeByKey = new Map<string, Promise<Stripe | null>>();

/** One Stripe.js instance per publishable key for the whole page (Elements must not get a new one per render). */
export function loadStripeOnce(publishableKey: string): Promise<Stripe | null> {
  if (!stripeByKey.has(publishableKey)) stripeByKey.set(publishableKey, loadStripe(publishableKey));
  return stripeByKey.get(publishableKey)!;
}
