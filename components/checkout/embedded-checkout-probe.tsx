"use client";

import { EmbeddedCheckout, EmbeddedCheckoutProvider } from "@stripe/react-stripe-js";
import { loadStripe } from "@stripe/stripe-js";
import { useState } from "react";

/** Embedded Checkout with an onComplete callback, and a button that takes the form away (as a hold's end does). */
export function EmbeddedCheckoutProbe({ publishableKey, clientSecret }: { publishableKey: string; clientSecret: string }) {
  const [stripePromise] = useState(() => loadStripe(publishableKey));
  const [isComplete, setIsComplete] = useState(false);
  const [isMounted, setIsMounted] = useState(true);
  return (
    <div className="space-y-4">
      {isComplete && <p role="status">Payment complete (onComplete called)</p>}
      {isMounted ? (
        <>
          {/* Above the form: the form resizes itself as it loads, which would move a button below it. */}
          <button type="button" onClick={() => setIsMounted(false)} className="rounded border px-3 py-1">
            Remove the form
          </button>
          <div id="checkout" className="rounded-xl border border-stone-200 bg-white p-2">
            <EmbeddedCheckoutProvider stripe={stripePromise} options={{ clientSecret, onComplete: () => setIsComplete(true) }}>
              <EmbeddedCheckout />
            </EmbeddedCheckoutProvider>
          </div>
        </>
      ) : (
        <p>The form was removed.</p>
      )}
    </div>
  );
}
