"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { OpenHold } from "@/lib/checkout/list-open-holds";
import { formatRemaining } from "../countdown/format-remaining";
import { useCountdown } from "../countdown/use-countdown";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { toast } from "../ui/toast";
import { cancelHoldAction } from "./cancel-hold-action";

type Props = {
  holds: OpenHold[];
  /** The database's clock when the list was read (the countdowns correct the browser's clock by it). */
  serverNow: number;
  /** Called when the shopper resumes one (the header closes its dialog). */
  onResume?: () => void;
};

/** The shopper's checkouts in progress, each with its time left, "Resume checkout" and "Cancel and release seats". */
export function OpenHoldsList({ holds, serverNow, onResume }: Props) {
  const t = useTranslations("holds");
  return (
    <ul aria-label={t("listLabel")} className="divide-y divide-stone-200">
      {holds.map((hold) => (
        <OpenHoldRow key={hold.holdId} hold={hold} serverNow={serverNow} onResume={onResume} />
      ))}
    </ul>
  );
}

function OpenHoldRow({ hold, serverNow, onResume }: { hold: OpenHold; serverNow: number; onResume?: () => void }) {
  const t = useTranslations("holds");
  const tCheckout = useTranslations("checkout");
  const remaining = useCountdown(hold.expiresAt, serverNow);
  const router = useRouter();
  const [error, setError] = useState<string>();
  // A list shown from a form's state (the limit error) is not re-read after a cancel: say so on the row itself.
  const [isReleased, setIsReleased] = useState(false);

  const cancel = async () => {
    const result = await cancelHoldAction(hold.holdId);
    if (result.error) {
      setError(result.error);
      return;
    }
    setIsReleased(true);
    toast.success(t("released", { event: hold.eventName }));
    router.refresh();
  };

  return (
    <li aria-label={hold.eventName} className="space-y-2 py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <p className="font-medium">{hold.eventName}</p>
        {!isReleased && <p className="text-sm tabular-nums text-stone-700">{remaining > 0 ? t("timeLeft", { time: formatRemaining(remaining) }) : t("timeUp")}</p>}
      </div>
      <p className="text-sm text-stone-700">{hold.lines.map((line) => tCheckout("line", { quantity: line.quantity, name: line.name })).join(", ")}</p>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      {isReleased ? (
        <p className="text-sm font-medium text-emerald-800">{t("released", { event: hold.eventName })}</p>
      ) : (
        <div className="flex flex-wrap gap-2">
          {remaining > 0 && (
            <Button asChild size="sm">
              <Link href={`/checkout/${hold.holdId}`} onClick={onResume}>
                {t("resume")}
              </Link>
            </Button>
          )}
          <ConfirmDialog
            trigger={
              <Button size="sm" variant="secondary">
                {tCheckout("cancel")}
              </Button>
            }
            title={tCheckout("cancelTitle")}
            description={tCheckout("cancelBody")}
            confirmLabel={tCheckout("cancelConfirm")}
            cancelLabel={tCheckout("keepSeats")}
            pendingLabel={tCheckout("cancelling")}
            onConfirm={cancel}
          />
        </div>
      )}
    </li>
  );
}
