"use client";

import { EmbeddedCheckout, EmbeddedCheckoutProvider } from "@stripe/react-stripe-js";
import { useState } from "react";
import { loadStripeOnce } from "../stripe/load-stripe-once";

/** Stripe's Embedded Checkout for one session. Unmounting this component destroys the form. */
export function EmbeddedCheckoutForm({ publishableKey, clientSecret }: { publishableKey: string; clientSecret: string }) {
  const [stripePromise] = useState(() => loadStripeOnce(publishableKey));
  return (
    <div id="checkout" className="min-h-96 rounded-xl border border-stone-200 bg-white p-2">
      <EmbeddedCheckoutProvider stripe={stripePromise} options={{ clientSecret }}>
        <EmbeddedCheckout />
      </EmbeddedCheckoutProvider>
    </div>
  );
}
