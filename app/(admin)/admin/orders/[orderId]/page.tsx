import Link from "next/link";
import { notFound } from "next/navigation";
import { RefundAllForm, RefundTicketsForm } from "@/components/admin/refund-forms";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { isUuid } from "@/lib/is-uuid";
import { formatMoney } from "@/lib/money";
import { getOrderDetail } from "@/lib/orders/get-order-detail";

export const dynamic = "force-dynamic";

export default async function OrderDetailPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  await requireAdminPage(`/admin/orders/${orderId}`);
  const order = isUuid(orderId) ? await getOrderDetail({ orderId }) : null;
  if (!order) notFound();
  const open = order.tickets.filter((t) => !t.refundedAt);
  const remaining = order.amountTotal - order.amountRefunded;
  return (
    <div className="space-y-6">
      <Link href="/admin/orders" className="text-sm underline">← Orders</Link>
      <h1 className="text-2xl font-bold">Order · {order.eventName ?? "no tickets"}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Status</dt><dd>{order.status.replace("_", " ")}</dd>
        <dt className="font-medium">Email</dt><dd>{order.email ?? "—"}</dd>
        <dt className="font-medium">Paid</dt><dd>{formatMoney(order.amountTotal, order.currency)}</dd>
        <dt className="font-medium">Refunded</dt><dd>{formatMoney(order.amountRefunded, order.currency)}</dd>
        <dt className="font-medium">Stripe Checkout Session</dt><dd className="font-mono">{order.checkoutSessionId}</dd>
        <dt className="font-medium">Shopper&apos;s page</dt><dd><Link href={`/orders/${order.token}`} className="underline">/orders/{order.token}</Link></dd>
      </dl>
      <section aria-labelledby="tickets" className="space-y-2">
        <h2 id="tickets" className="text-lg font-semibold">Tickets</h2>
        <ul className="space-y-1 text-sm">
          {order.tickets.map((t) => (
            <li key={t.id} aria-label={`Ticket ${t.code}`}>
              <span className="font-mono">{t.code}</span> · {t.ticketTypeName} ·{" "}
              {t.refundedAt ? "refunded" : t.checkedInAt ? `checked in ${t.checkedInAt.toISOString().slice(0, 16).replace("T", " ")}` : "valid"}
            </li>
          ))}
        </ul>
      </section>
      {order.refunds.length > 0 && (
        <section aria-labelledby="refunds" className="space-y-2">
          <h2 id="refunds" className="text-lg font-semibold">Refunds</h2>
          <ul className="text-sm">
            {order.refunds.map((r) => (
              <li key={r.id}><span className="font-mono">{r.id}</span> · {formatMoney(r.amount, order.currency)} · {r.status} · {r.createdAt.toISOString().slice(0, 16).replace("T", " ")}</li>
            ))}
          </ul>
        </section>
      )}
      {remaining > 0 && (
        <section aria-labelledby="refund" className="space-y-3 rounded-lg border border-red-200 bg-white p-4">
          <h2 id="refund" className="text-lg font-semibold">Refund</h2>
          <RefundAllForm orderId={order.id} label={`Refund ${formatMoney(remaining, order.currency)} (everything left)`} />
          {open.length > 1 && <RefundTicketsForm orderId={order.id} tickets={open} />}
        </section>
      )}
    </div>
  );
}
