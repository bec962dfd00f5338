import Link from "next/link";
import { formatEventDate } from "@/components/ui/format-date";
import { formatMoney } from "@/lib/money";
import type { AccountOrder } from "@/lib/orders/list-account-orders";

/** Every order of the account with its tickets, each linking to the order page (QR codes). */
export function OrdersList({ orders }: { orders: AccountOrder[] }) {
  if (orders.length === 0) {
    return (
      <p className="text-stone-600">
        No tickets yet.{" "}
        <Link href="/" className="underline">
          Find an event
        </Link>
      </p>
    );
  }
  return (
    <ul className="space-y-3">
      {orders.map((order) => (
        <li key={order.token} className="rounded-xl border border-stone-200 bg-white p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link href={`/orders/${order.token}`} className="font-semibold underline-offset-4 hover:underline">
              {order.eventName ?? "Order"}
            </Link>
            <span className="text-sm text-stone-600">
              {formatMoney(order.amountTotal, order.currency)} · {formatEventDate(order.createdAt)}
            </span>
          </div>
          <p className="text-sm text-stone-700">
            {order.tickets.length} {order.tickets.length === 1 ? "ticket" : "tickets"}: {order.tickets.map((t) => t.ticketTypeName).join(", ")}
          </p>
          {order.status === "needs_refund" && <p className="text-sm text-amber-800">These seats were no longer available; this order will be refunded.</p>}
        </li>
      ))}
    </ul>
  );
}
