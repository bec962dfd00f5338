"use client";
// The pure entry loads Stripe.js only when loadStripe is called: the default entry injects it as a side effect of
// being imported, which would race the emulator's stand-in below.
import type { Stripe } from "@stripe/stripe-js";
import { loadStripe } from "@stripe/stripe-js/pure";
import { STRIPE_STAND_IN_META } from "./stand-in-meta-name";

const stripeByKey = new Map<string, Promise<Stripe | null>>();

/**
 * One Stripe.js instance per publishable key for the whole page (Elements must not get a new one per render).
 * Stripe.js is fetched on first use, not by every page: offline, the emulator's stand-in is loaded first so that
 * loadStripe finds `window.Stripe` instead of injecting js.stripe.com.
 */
export function loadStripeOnce(publishableKey: string): Promise<Stripe | null> {
  // Rendered on the server too (a useState initializer): there is no Stripe.js there, as loadStripe itself says.
  if (typeof window === "undefined") return Promise.resolve(null);
  if (!stripeByKey.has(publishableKey)) stripeByKey.set(publishableKey, loadStandIn().then(() => loadStripe(publishableKey)));
  return stripeByKey.get(publishableKey)!;
}

function loadStandIn(): Promise<void> {
  const url = document.querySelector<HTMLMetaElement>(`meta[name="${STRIPE_STAND_IN_META}"]`)?.content;
  if (!url || "Stripe" in window) return Promise.resolve();
  return new Promise((resolve, reject) => {
    // A script added by the page's own (nonce-trusted) code is allowed by the CSP's 'strict-dynamic'.
    const script = document.createElement("script");
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`The Stripe.js stand-in did not load from ${url}`));
    document.head.append(script);
  });
}
