"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { OpenHold } from "@/lib/checkout/list-open-holds";
import { Button } from "../ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "../ui/dialog";
import { OpenHoldsList } from "./open-holds-list";

/** The header's "2 checkouts in progress" button, opening the list of them (resume or cancel). */
export function OpenHoldsMenu({ holds, serverNow }: { holds: OpenHold[]; serverNow: number }) {
  const t = useTranslations("holds");
  const [isOpen, setIsOpen] = useState(false);
  return (
    <Dialog open={isOpen} onOpenChange={setIsOpen}>
      <DialogTrigger asChild>
        <Button data-open-holds size="sm" variant="secondary" className="min-h-11 border-amber-300 bg-amber-50 text-amber-950 hover:bg-amber-100">
          {t("menuButton", { count: holds.length })}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("dialogTitle")}</DialogTitle>
          <DialogDescription>{t("dialogDescription")}</DialogDescription>
        </DialogHeader>
        <OpenHoldsList holds={holds} serverNow={serverNow} onResume={() => setIsOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
