import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getHolderId } from "@/lib/auth/holder-cookie";
import { confirmCheckoutReturn } from "@/lib/orders/confirm-checkout-return";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orderComplete"))("metaTitle"), robots: { index: false } };
}

// Stripe sends the shopper here after paying. Only the shopper who made the hold is shown the order; fulfilment
// runs here too (idempotently), so a shopper who arrives before the webhook still gets their tickets.
export default async function OrderCompletePage({ searchParams }: { searchParams: Promise<{ session_id?: string }> }) {
  const sessionId = (await searchParams).session_id ?? "";
  const t = await getTranslations("orderComplete");
  const result = await confirmCheckoutReturn({ checkoutSessionId: sessionId, viewer: { holderId: await getHolderId() } });
  if (result.state === "fulfilled") redirect(`/orders/${result.token}`);
  if (result.state === "not_found") return <Message title={t("invalidTitle")} body={t("invalidBody")} />;
  if (result.state === "unavailable") return <Message title={t("confirmingTitle")} body={t("confirmingBody")} />;
  if (result.state === "processing") return <Message title={t("processingTitle")} body={t("processingBody")} />;
  return <Message title={t("unpaidTitle")} body={t("unpaidBody")} />;
}

async function Message({ title, body }: { title: string; body: string }) {
  const t = await getTranslations("common");
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p>{body}</p>
      <Link href="/" className="text-brand-600 underline">
        {t("backToEvents")}
      </Link>
    </div>
  );
}
