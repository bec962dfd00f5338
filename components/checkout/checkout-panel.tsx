"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/action";
import type { CheckoutView } from "@/lib/checkout/get-checkout-view";
import { Countdown } from "../countdown/countdown";
import { useCountdown } from "../countdown/use-countdown";
import { EmbeddedCheckoutForm } from "./embedded-checkout-form";

type Props = {
  view: CheckoutView;
  endHold: () => Promise<void>;
  retry: (state: ActionState) => Promise<ActionState>;
};

/**
 * What is held, the countdown to the hold's end, and the way to pay (embedded form, or a link to Stripe's page).
 * At zero the form is taken away and the shopper is told the seats went back on sale.
 */
export function CheckoutPanel({ view, endHold, retry }: Props) {
  const remaining = useCountdown(view.expiresAt, view.serverNow);
  const isAwaitingPayment = view.status === "active" && view.isAwaitingPayment;
  const isOver = !isAwaitingPayment && (view.status !== "active" || remaining <= 0);
  const [retryState, retryAction, isRetrying] = useActionState(retry, {});
  const router = useRouter();
  const ended = useRef(false);
  const [isEnding, setIsEnding] = useState(false);

  // At zero, end the hold on the server now, then re-read the page. The retry button waits for that, so the
  // two never race (one navigation at a time).
  useEffect(() => {
    if (view.status === "active" && !view.isAwaitingPayment && remaining <= 0 && !ended.current) {
      ended.current = true;
      setIsEnding(true);
      void endHold().finally(() => {
        setIsEnding(false);
        router.refresh();
      });
    }
  }, [remaining, view.status, view.isAwaitingPayment, endHold, router]);

  return (
    <div className="grid gap-8 md:grid-cols-[1fr_1.4fr]">
      <section aria-labelledby="held-heading" className="space-y-4">
        <h2 id="held-heading" className="text-lg font-semibold">
          {view.eventName}
        </h2>
        <ul className="space-y-1">
          {view.lines.map((line) => (
            <li key={line.name}>
              {line.quantity} × {line.name}
            </li>
          ))}
        </ul>
        {!isOver && !isAwaitingPayment && (
          <div className="rounded-xl border border-stone-200 bg-white p-4">
            <p className="text-sm text-stone-600">Your seats are held for</p>
            <Countdown remainingMs={remaining} />
          </div>
        )}
      </section>
      <section aria-label="Payment">
        {isAwaitingPayment ? (
          <div role="status" className="space-y-2 rounded-xl border border-stone-200 bg-white p-6">
            <h2 className="text-lg font-semibold">Payment processing</h2>
            <p>Your seats stay held while your payment clears. Your tickets appear on this page once it does.</p>
          </div>
        ) : isOver ? (
          <div role="status" className="space-y-4 rounded-xl border border-amber-200 bg-amber-50 p-6">
            <h2 className="text-lg font-semibold">Your hold has ended</h2>
            <p>{view.status === "released" ? "Time ran out, so your seats went back on sale." : "Time ran out; your seats are going back on sale."}</p>
            {retryState.error && (
              <p role="alert" className="font-medium text-red-800">
                {retryState.error}
              </p>
            )}
            {view.canRetry ? (
              <form action={retryAction}>
                <button
                  type="submit"
                  disabled={isRetrying || isEnding}
                  className="rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-50"
                >
                  {isRetrying ? "Holding your seats…" : "Hold the same seats again"}
                </button>
              </form>
            ) : (
              <p className="font-medium">Those tickets are no longer available.</p>
            )}
          </div>
        ) : view.payment?.uiMode === "embedded" ? (
          <EmbeddedCheckoutForm publishableKey={view.payment.publishableKey} clientSecret={view.payment.clientSecret} />
        ) : view.payment?.uiMode === "hosted" ? (
          <div className="space-y-4 rounded-xl border border-stone-200 bg-white p-6">
            <p>You pay on Stripe&apos;s secure page. Your seats stay held until the timer runs out.</p>
            <a href={view.payment.url} className="inline-block rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
              Continue to payment
            </a>
          </div>
        ) : (
          <p>Payment is not available for this checkout.</p>
        )}
      </section>
    </div>
  );
}
