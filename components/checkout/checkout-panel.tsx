"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/action";
import type { CheckoutView } from "@/lib/checkout/get-checkout-view";
import { Countdown } from "../countdown/countdown";
import { useCountdown } from "../countdown/use-countdown";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
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
  const t = useTranslations("checkout");
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
            <li key={line.name}>{t("line", { quantity: line.quantity, name: line.name })}</li>
          ))}
        </ul>
        {!isOver && !isAwaitingPayment && (
          <Card className="p-4 shadow-none">
            <p className="text-sm text-stone-600">{t("heldFor")}</p>
            <Countdown remainingMs={remaining} />
          </Card>
        )}
      </section>
      <section aria-label={t("paymentLabel")}>
        {isAwaitingPayment ? (
          <Card role="status" className="space-y-2 p-6 shadow-none">
            <h2 className="text-lg font-semibold">{t("processingTitle")}</h2>
            <p>{t("processingBody")}</p>
          </Card>
        ) : isOver ? (
          <Card role="status" className="space-y-4 border-amber-200 bg-amber-50 p-6 shadow-none">
            <h2 className="text-lg font-semibold">{t("endedTitle")}</h2>
            <p>{view.status === "released" ? t("endedReleased") : t("endedReleasing")}</p>
            {retryState.error && (
              <p role="alert" className="font-medium text-red-800">
                {retryState.error}
              </p>
            )}
            {view.canRetry ? (
              <form action={retryAction}>
                <Button type="submit" disabled={isRetrying || isEnding}>
                  {isRetrying ? t("retrying") : t("retry")}
                </Button>
              </form>
            ) : (
              <p className="font-medium">{t("noLongerAvailable")}</p>
            )}
          </Card>
        ) : view.payment?.uiMode === "embedded" ? (
          <EmbeddedCheckoutForm publishableKey={view.payment.publishableKey} clientSecret={view.payment.clientSecret} />
        ) : view.payment?.uiMode === "hosted" ? (
          <Card className="space-y-4 p-6 shadow-none">
            <p>{t("hostedBody")}</p>
            <Button asChild>
              <a href={view.payment.url}>{t("continueToPayment")}</a>
            </Button>
          </Card>
        ) : (
          <p>{t("paymentUnavailable")}</p>
        )}
      </section>
    </div>
  );
}
