import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { CheckoutPanel } from "@/components/checkout/checkout-panel";
import { getHolderId } from "@/lib/auth/holder-cookie";
import { getCheckoutView } from "@/lib/checkout/get-checkout-view";
import { endHoldAction, retryCheckoutAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkout"))("metaTitle"), robots: { index: false } };
}

export default async function CheckoutPage({ params }: { params: Promise<{ holdId: string }> }) {
  const { holdId } = await params;
  const view = await getCheckoutView({ holdId, holderId: await getHolderId() });
  if (!view) notFound();
  if (view.orderToken) redirect(`/orders/${view.orderToken}`);
  const t = await getTranslations("checkout");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <CheckoutPanel key={holdId} view={view} endHold={endHoldAction.bind(null, holdId)} retry={retryCheckoutAction.bind(null, holdId)} />
    </div>
  );
}
