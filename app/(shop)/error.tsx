"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";

// Something unexpected failed while rendering a storefront page: say so plainly and offer a way on.
export default function ShopError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("body")}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700">
          {t("retry")}
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-5 font-medium hover:bg-stone-100">
          {t("toEvents")}
        </Link>
      </div>
    </div>
  );
}
