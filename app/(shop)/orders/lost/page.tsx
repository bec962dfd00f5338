import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrderLinksForm } from "@/components/orders/order-links-form";
import { requestOrderLinksAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lostLink"))("title"), robots: { index: false } };
}

export default async function LostLinkPage() {
  const t = await getTranslations("lostLink");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-stone-700">{t("intro")}</p>
      <OrderLinksForm action={requestOrderLinksAction} />
    </div>
  );
}
