import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { fulfillOrder } from "@/lib/orders/fulfill-order";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orderComplete"))("metaTitle"), robots: { index: false } };
}

// Stripe sends the shopper here after paying. Fulfilment runs here too (idempotently), so a shopper who
// arrives before the webhook still gets their tickets.
export default async function OrderCompletePage({ searchParams }: { searchParams: Promise<{ session_id?: string }> }) {
  const sessionId = (await searchParams).session_id ?? "";
  const t = await getTranslations("orderComplete");
  if (!/^cs_[A-Za-z0-9_]{8,200}$/.test(sessionId)) return <Message title={t("invalidTitle")} body={t("invalidBody")} />;
  const result = await fulfillOrder({ checkoutSessionId: sessionId }).catch((error: unknown) => {
    console.error(`orders/complete: could not confirm ${sessionId}`, error);
    return null;
  });
  if (!result) return <Message title={t("confirmingTitle")} body={t("confirmingBody")} />;
  if (result.state === "fulfilled") redirect(`/orders/${result.token}`);
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
