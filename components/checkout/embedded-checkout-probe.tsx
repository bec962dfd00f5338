"use client";

import { EmbeddedCheckout, EmbeddedCheckoutProvider } from "@stripe/react-stripe-js";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { loadStripeOnce } from "../stripe/load-stripe-once";
import { Button } from "../ui/button";

/** Embedded Checkout with an onComplete callback, and a button that takes the form away (as a hold's end does). */
export function EmbeddedCheckoutProbe({ publishableKey, clientSecret }: { publishableKey: string; clientSecret: string }) {
  const t = useTranslations("devEmbeddedCheckout");
  const [stripePromise] = useState(() => loadStripeOnce(publishableKey));
  const [isComplete, setIsComplete] = useState(false);
  const [isMounted, setIsMounted] = useState(true);
  return (
    <div className="space-y-4">
      {isComplete && <p role="status">{t("complete")}</p>}
      {isMounted ? (
        <>
          {/* Above the form: the form resizes itself as it loads, which would move a button below it. */}
          <Button variant="secondary" size="sm" onClick={() => setIsMounted(false)}>
            {t("remove")}
          </Button>
          <div id="checkout" className="rounded-xl border border-stone-200 bg-white p-2">
            <EmbeddedCheckoutProvider stripe={stripePromise} options={{ clientSecret, onComplete: () => setIsComplete(true) }}>
              <EmbeddedCheckout />
            </EmbeddedCheckoutProvider>
          </div>
        </>
      ) : (
        <p>{t("removed")}</p>
      )}
    </div>
  );
}
