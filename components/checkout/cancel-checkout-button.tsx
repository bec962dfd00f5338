"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { cancelHoldAction } from "./cancel-hold-action";

/** "Cancel and release seats" on the checkout page: asks first, then shows the event page with its seats back. */
export function CancelCheckoutButton({ holdId }: { holdId: string }) {
  const t = useTranslations("checkout");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const cancel = async () => {
    const result = await cancelHoldAction(holdId);
    if (result.error) setError(result.error);
    else if (result.destination) router.replace(result.destination);
  };
  return (
    <div className="space-y-2">
      <ConfirmDialog
        trigger={<Button variant="ghost">{t("cancel")}</Button>}
        title={t("cancelTitle")}
        description={t("cancelBody")}
        confirmLabel={t("cancelConfirm")}
        cancelLabel={t("keepSeats")}
        pendingLabel={t("cancelling")}
        onConfirm={cancel}
      />
      {error && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
