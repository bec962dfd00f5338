import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrderStatusBadge } from "@/components/admin/order-status-badge";
import { RefundAllForm, RefundTicketsForm } from "@/components/admin/refund-forms";
import { Badge } from "@/components/ui/badge";
import { formatMoney } from "@/i18n/format-money";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { isUuid } from "@/lib/is-uuid";
import { getOrderDetail } from "@/lib/orders/get-order-detail";
import { getOrderPayment } from "@/lib/orders/get-order-payment";

export const dynamic = "force-dynamic";

export default async function OrderDetailPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  await requireAdminPage(`/admin/orders/${orderId}`);
  const order = isUuid(orderId) ? await getOrderDetail({ orderId }) : null;
  if (!order) notFound();
  const [t, format, payment] = await Promise.all([getTranslations("admin.orders"), getFormatter(), getOrderPayment({ checkoutSessionId: order.checkoutSessionId })]);
  const open = order.tickets.filter((ticket) => !ticket.refundedAt);
  const remaining = order.amountTotal - order.amountRefunded;
  const when = (date: Date) => format.dateTime(date, "dateTime");
  return (
    <div className="space-y-6">
      <Link href="/admin/orders" className="text-sm underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("detailTitle", { event: order.eventName ?? t("noTickets") })}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("columns.status")}</dt>
        <dd>
          <OrderStatusBadge status={order.status} amountRefunded={order.amountRefunded} />
        </dd>
        <dt className="font-medium">{t("columns.email")}</dt>
        <dd>{order.email ?? "—"}</dd>
        <dt className="font-medium">{t("columns.paid")}</dt>
        <dd>{formatMoney(format, order.amountTotal, order.currency)}</dd>
        <dt className="font-medium">{t("columns.refunded")}</dt>
        <dd>{formatMoney(format, order.amountRefunded, order.currency)}</dd>
        <dt className="font-medium">{t("session")}</dt>
        <dd className="font-mono">{order.checkoutSessionId}</dd>
        <dt className="font-medium">{t("payment")}</dt>
        <dd>{payment ? <span className="font-mono">{payment.paymentIntentId}</span> : t("paymentUnavailable")} {payment && <Badge variant="outline">{payment.status}</Badge>}</dd>
        <dt className="font-medium">{t("shopperPage")}</dt>
        <dd>
          <Link href={`/orders/${order.token}`} className="underline">
            /orders/{order.token}
          </Link>
        </dd>
      </dl>
      <section aria-labelledby="tickets" className="space-y-2">
        <h2 id="tickets" className="text-lg font-semibold">
          {t("ticketsHeading")}
        </h2>
        <ul className="space-y-1 text-sm">
          {order.tickets.map((ticket) => (
            <li key={ticket.id} aria-label={t("ticketItem", { code: ticket.code })}>
              <span className="font-mono">{ticket.code}</span> · {ticket.ticketTypeName} ·{" "}
              {ticket.refundedAt ? (
                <Badge>{t("ticket.refunded")}</Badge>
              ) : ticket.checkedInAt ? (
                <Badge variant="info">{t("ticket.checkedIn", { at: when(ticket.checkedInAt) })}</Badge>
              ) : (
                <Badge variant="success">{t("ticket.valid")}</Badge>
              )}
            </li>
          ))}
        </ul>
      </section>
      {order.refunds.length > 0 && (
        <section aria-labelledby="refunds" className="space-y-2">
          <h2 id="refunds" className="text-lg font-semibold">
            {t("refundsHeading")}
          </h2>
          <ul className="text-sm">
            {order.refunds.map((refund) => (
              <li key={refund.id}>
                <span className="font-mono">{refund.id}</span> · {formatMoney(format, refund.amount, order.currency)} · {refund.status} · {when(refund.createdAt)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {remaining > 0 && (
        <section aria-labelledby="refund" className="space-y-3 rounded-lg border border-red-200 bg-white p-4">
          <h2 id="refund" className="text-lg font-semibold">
            {t("refundHeading")}
          </h2>
          <RefundAllForm orderId={order.id} label={t("refundRemaining", { amount: formatMoney(format, remaining, order.currency) })} />
          {open.length > 1 && <RefundTicketsForm orderId={order.id} tickets={open} />}
        </section>
      )}
    </div>
  );
}
