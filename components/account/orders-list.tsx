import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/lib/money";
import type { AccountOrder } from "@/lib/orders/list-account-orders";

/** Every order of the account with its tickets, each linking to the order page (QR codes). */
export async function OrdersList({ orders }: { orders: AccountOrder[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("account"), getFormatter(), getLocale()]);
  if (orders.length === 0) {
    return (
      <p className="text-stone-600">
        {t("noTickets")}{" "}
        <Link href="/" className="underline">
          {t("findEvent")}
        </Link>
      </p>
    );
  }
  return (
    <ul className="space-y-3">
      {orders.map((order) => (
        <li key={order.token}>
          <Card className="space-y-1 p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/orders/${order.token}`} className="font-semibold underline-offset-4 hover:underline">
                {order.eventName ?? order.token}
              </Link>
              <span className="text-sm text-stone-600">
                {formatMoney(order.amountTotal, order.currency, locale)} · {format.dateTime(order.createdAt, "dateTime")}
              </span>
            </div>
            <p className="text-sm text-stone-700">{t("ticketCount", { count: order.tickets.length, names: order.tickets.map((x) => x.ticketTypeName).join(", ") })}</p>
            {order.status === "needs_refund" && <Alert variant="warning">{t("needsRefund")}</Alert>}
          </Card>
        </li>
      ))}
    </ul>
  );
}
