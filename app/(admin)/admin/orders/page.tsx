import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ServerDataTable } from "@/components/admin/data-table";
import { OrderStatusBadge } from "@/components/admin/order-status-badge";
import { RefundAllForm } from "@/components/admin/refund-forms";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { formatMoney } from "@/i18n/format-money";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { searchOrders, type OrderSort } from "@/lib/orders/search-orders";

export const dynamic = "force-dynamic";

type Search = { q?: string; status?: string; page?: string; sort?: string; dir?: string };
const STATUSES = ["paid", "needs_refund", "refunded"] as const;

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireAdminPage("/admin/orders");
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  const params = await searchParams;
  const status = STATUSES.find((s) => s === params.status);
  const sort: OrderSort | undefined = (["createdAt", "amountTotal", "email"] as const).find((s) => s === params.sort);
  const result = await searchOrders({ query: params.q, status, page: Number(params.page) || 1, sort, dir: params.dir === "asc" ? "asc" : "desc" });
  const statusLabel = { paid: t("orders.status.paid"), needs_refund: t("orders.status.needsRefund"), refunded: t("orders.status.refunded") };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{status === "needs_refund" ? t("titles.refundQueue") : t("titles.orders")}</h1>
      {status === "needs_refund" && <p className="text-sm text-stone-600">{t("orders.queueIntro")}</p>}
      <form role="search" className="flex flex-wrap items-end gap-3" action="/admin/orders">
        <FormField label={t("orders.searchLabel")} className="w-80">
          <Input name="q" defaultValue={params.q} type="search" />
        </FormField>
        <FormField label={t("orders.statusLabel")}>
          {/* A native select: this search form works as a plain GET, without JavaScript. */}
          <select name="status" defaultValue={status ?? ""} className="h-10 rounded-md border border-stone-300 bg-white px-2">
            <option value="">{t("orders.anyStatus")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel[s]}
              </option>
            ))}
          </select>
        </FormField>
        <Button type="submit">{t("orders.search")}</Button>
        <Link href="/admin/orders?status=needs_refund" className="text-sm underline">
          {t("titles.refundQueue")}
        </Link>
      </form>
      <ServerDataTable
        caption={t("orders.tableCaption")}
        emptyMessage={params.q || status ? t("orders.noMatch") : t("orders.empty")}
        basePath="/admin/orders"
        params={{ q: params.q, status, sort: params.sort, dir: params.dir }}
        rows={result.rows}
        total={result.total}
        page={result.page}
        pageSize={result.pageSize}
        rowKey={(o) => o.id}
        columns={[
          {
            key: "createdAt",
            label: t("orders.columns.date"),
            sortable: true,
            render: (o) => (
              <Link href={`/admin/orders/${o.id}`} className="underline">
                {o.createdAt.toISOString().slice(0, 16).replace("T", " ")}
              </Link>
            ),
          },
          { key: "email", label: t("orders.columns.email"), sortable: true, render: (o) => o.email ?? "—" },
          { key: "amountTotal", label: t("orders.columns.paid"), sortable: true, render: (o) => formatMoney(format, o.amountTotal, o.currency) },
          { key: "refunded", label: t("orders.columns.refunded"), render: (o) => (o.amountRefunded ? formatMoney(format, o.amountRefunded, o.currency) : "—") },
          { key: "tickets", label: t("orders.columns.tickets"), render: (o) => o.tickets },
          { key: "status", label: t("orders.columns.status"), render: (o) => <OrderStatusBadge status={o.status} amountRefunded={o.amountRefunded} /> },
          {
            key: "act",
            label: t("orders.columns.actions"),
            render: (o) => (o.status === "needs_refund" ? <RefundAllForm orderId={o.id} label={t("orders.refundInFull")} /> : null),
          },
        ]}
      />
    </div>
  );
}
