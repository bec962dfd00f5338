"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import type { CheckoutView } from "@/lib/checkout/get-checkout-view";
import { Countdown } from "../countdown/countdown";
import { useCountdown } from "../countdown/use-countdown";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { useAnnounceOpenHold } from "./announced-holds";
import { CancelCheckoutButton } from "./cancel-checkout-button";
import { EmbeddedCheckoutForm } from "./embedded-checkout-form";
import { OpenHoldsList } from "./open-holds-list";
import type { ReserveState } from "./ticket-picker";

type Props = {
  view: CheckoutView;
  /** The order summary (server-rendered: event, date, venue, prices, total). */
  summary: ReactNode;
  /** The hosted page's "Continue to payment" bounced: the hold had ended. */
  wasPaymentRefused?: boolean;
  endHold: () => Promise<void>;
  retry: (state: ReserveState) => Promise<ReserveState>;
};

/**
 * The order beside the way to pay (embedded form, or the way to Stripe's page), the countdown to the hold's end
 * (a sticky bar on phones, so it stays in sight while the card is typed), and "Cancel and release seats".
 * Screen readers hear the last minute and the end, once each. At zero the form is taken away and the shopper
 * is told the seats went back on sale.
 */
export function CheckoutPanel({ view, summary, wasPaymentRefused, endHold, retry }: Props) {
  const t = useTranslations("checkout");
  const remaining = useCountdown(view.expiresAt, view.serverNow);
  const isAwaitingPayment = view.status === "active" && view.isAwaitingPayment;
  const isOver = !isAwaitingPayment && (view.status !== "active" || remaining <= 0);
  const [retryState, retryAction, isRetrying] = useActionState(retry, {});
  const router = useRouter();
  const ended = useRef(false);
  const [isEnding, setIsEnding] = useState(false);
  const isCounting = !isOver && !isAwaitingPayment;
  // The header (kept from the page before) lists this hold while it is in progress.
  useAnnounceOpenHold(view, isCounting);
  // Changes twice at most (a minute left, then over), so it is announced twice, not every second.
  const ending = describeEnding(view);
  const announcement = isAwaitingPayment ? "" : isOver ? t(ending.announcement) : remaining <= 60_000 ? t("oneMinuteWarning") : "";

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
    <div className="space-y-4">
      {isCounting && (
        <div data-testid="countdown-bar" className="sticky top-0 z-30 -mx-4 flex items-center justify-between gap-3 border-b border-stone-200 bg-white/95 px-4 py-2 shadow-sm backdrop-blur md:hidden">
          <span className="text-sm text-stone-700">{t("timeLeftBar")}</span>
          <Countdown remainingMs={remaining} className="text-xl" />
        </div>
      )}
      <div className="grid gap-8 md:grid-cols-[1fr_1.4fr] md:items-start">
        <div className="space-y-4 md:sticky md:top-4">
          {summary}
          {isCounting && (
            <Card className="hidden p-4 shadow-none md:block">
              <p className="text-sm text-stone-600">{t("heldFor")}</p>
              <Countdown remainingMs={remaining} />
            </Card>
          )}
          {/* Beside (or above) the payment form, not under it: the embedded form resizes itself as it loads, and a
              button below it would jump away from the shopper's finger or pointer. */}
          {isCounting && view.status === "active" && <CancelCheckoutButton holdId={view.holdId} />}
        </div>
        <section aria-label={t("paymentLabel")} className="space-y-4">
          {isAwaitingPayment ? (
            <Card className="space-y-2 p-6 shadow-none">
              <h2 className="text-lg font-semibold">{t("processingTitle")}</h2>
              <p>{t("processingBody")}</p>
            </Card>
          ) : isOver ? (
            <Card className="space-y-4 border-amber-200 bg-amber-50 p-6 shadow-none">
              <h2 className="text-lg font-semibold">{t(ending.title)}</h2>
              {wasPaymentRefused && <p>{t("paymentNotOpened")}</p>}
              <p>{t(ending.body)}</p>
              {retryState.error && (
                <Alert role="alert" variant="danger">
                  {retryState.error}
                </Alert>
              )}
              {retryState.holds && retryState.serverNow !== undefined && retryState.holds.length > 0 && (
                <OpenHoldsList holds={retryState.holds} serverNow={retryState.serverNow} />
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
                {/* Through our server, which checks the hold is still open before sending the shopper to Stripe. */}
                <a href={`/checkout/${view.holdId}/pay`}>{t("continueToPayment")}</a>
              </Button>
            </Card>
          ) : (
            <p>{t("paymentUnavailable")}</p>
          )}
        </section>
      </div>
      <p aria-live="polite" aria-atomic="true" className="sr-only" data-testid="checkout-announcer">
        {announcement}
      </p>
    </div>
  );
}

/**
 * What the page says once the hold is over, by why it ended: a shopper who cancelled and came back with Back or an
 * old link ran out of no time, nor did one whose hold an admin ended. A hold still counting down here, or at zero
 * and not yet released, ran out of time.
 */
function describeEnding(view: CheckoutView) {
  switch (view.endReason) {
    case "cancelled":
      return { title: "cancelledTitle", body: "cancelledBody", announcement: "cancelledAnnouncement" } as const;
    case "ended":
      return { title: "closedTitle", body: "closedBody", announcement: "closedAnnouncement" } as const;
    case "timed_out":
      return { title: "endedTitle", body: "endedReleased", announcement: "endedAnnouncement" } as const;
    default:
      return { title: "endedTitle", body: "endedReleasing", announcement: "endedAnnouncement" } as const;
  }
}
