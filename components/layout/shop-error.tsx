"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { Button } from "@/components/ui/button";

// Something unexpected failed while rendering a storefront page: say so plainly and offer a way on.
export function ShopError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">{t("errorPage.title")}</h1>
      <p>{t("errorPage.body")}</p>
      <div className="flex gap-4">
        <Button onClick={reset}>{t("common.tryAgain")}</Button>
        <Button asChild variant="link">
          <Link href="/">{t("common.backToEvents")}</Link>
        </Button>
      </div>
    </div>
  );
}
