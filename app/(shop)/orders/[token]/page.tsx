import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/i18n/format-money";
import { getOrderByToken } from "@/lib/orders/get-order-by-token";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("order"))("metaTitle"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function OrderPage({ params }: { params: Promise<{ token: string }> }) {
  const order = await getOrderByToken({ token: (await params).token });
  if (!order) notFound();
  const [t, format] = await Promise.all([getTranslations("order"), getFormatter()]);
  const summary = [order.eventName, t("paid", { amount: formatMoney(format, order.amountTotal, order.currency) })];
  if (order.email) summary.push(t("confirmationSent", { email: order.email }));
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{order.status === "paid" ? t("paidTitle") : t("refundTitle")}</h1>
        <p className="text-stone-600">{summary.join(" · ")}</p>
      </header>
      {order.status === "needs_refund" && (
        <Alert role="alert" variant="danger" className="text-base font-normal">
          {t("refundNotice")}
        </Alert>
      )}
      <ul className="grid gap-4 sm:grid-cols-2">
        {order.tickets.map((ticket) => (
          <Card asChild key={ticket.code} className="flex items-center gap-4 p-4 shadow-none">
            <li aria-label={t("ticketLabel", { code: ticket.code })}>
              <div className="h-28 w-28 shrink-0" role="img" aria-label={t("qrLabel", { code: ticket.code })} dangerouslySetInnerHTML={{ __html: ticket.qrSvg }} />
              <div>
                <p className="font-medium">{ticket.ticketTypeName}</p>
                <p className="font-mono text-lg tracking-wider">{ticket.code}</p>
              </div>
            </li>
          </Card>
        ))}
      </ul>
      <p className="text-sm text-stone-500">{t("keepPrivate")}</p>
    </div>
  );
}
