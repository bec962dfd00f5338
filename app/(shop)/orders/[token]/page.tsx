import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getOrderByToken } from "@/lib/orders/get-order-by-token";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "Your tickets", robots: { index: false }, referrer: "no-referrer" };

export default async function OrderPage({ params }: { params: Promise<{ token: string }> }) {
  const order = await getOrderByToken({ token: (await params).token });
  if (!order) notFound();
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{order.status === "needs_refund" ? "We owe you a refund" : order.status === "refunded" ? "Refunded" : "Your tickets"}</h1>
        <p className="text-stone-600">
          {order.eventName} · {formatMoney(order.amountTotal, order.currency)} paid
          {order.amountRefunded > 0 ? ` · ${formatMoney(order.amountRefunded, order.currency)} refunded` : ""}
          {order.email ? ` · confirmation sent to ${order.email}` : ""}
        </p>
      </header>
      {order.status === "needs_refund" && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">
          Your payment arrived after your hold ended and the seats were sold. You will be refunded in full.
        </p>
      )}
      <ul className="grid gap-4 sm:grid-cols-2">
        {order.tickets.map((ticket) => (
          <li key={ticket.code} aria-label={`Ticket ${ticket.code}`} className={`flex items-center gap-4 rounded-xl border border-stone-200 bg-white p-4 ${ticket.refundedAt ? "opacity-60" : ""}`}>
            {ticket.refundedAt ? (
              <div className="flex h-28 w-28 shrink-0 items-center justify-center rounded bg-stone-100 text-sm font-semibold text-stone-600">Refunded</div>
            ) : (
              <div className="h-28 w-28 shrink-0" role="img" aria-label={`QR code for ${ticket.code}`} dangerouslySetInnerHTML={{ __html: ticket.qrSvg }} />
            )}
            <div>
              <p className="font-medium">{ticket.ticketTypeName}</p>
              {ticket.refundedAt && <p className="text-sm font-semibold text-red-700">Refunded — this ticket no longer admits entry</p>}
              <p className="font-mono text-lg tracking-wider">{ticket.code}</p>
            </div>
          </li>
        ))}
      </ul>
      <p className="text-sm text-stone-500">Keep this page&apos;s link private: anyone with it can see these tickets.</p>
    </div>
  );
}
