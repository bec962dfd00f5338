import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notFound");
  return { title: t("metaTitle"), robots: { index: false } };
}

// Any address that matches no page (and any notFound() without a closer not-found.tsx).
export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main className="mx-auto max-w-5xl space-y-3 px-4 py-8">
      <h1 className="text-2xl font-bold">{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <Link href="/" className="text-brand-600 underline">
        {t("common.backToEvents")}
      </Link>
    </main>
  );
}
