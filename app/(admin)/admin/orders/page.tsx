import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DataTable } from "@/components/admin/data-table";
import { RefundAllForm } from "@/components/admin/refund-forms";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { formatMoney } from "@/lib/money";
import { searchOrders, type OrderSort } from "@/lib/orders/search-orders";

export const dynamic = "force-dynamic";

type Search = { q?: string; status?: string; page?: string; sort?: string; dir?: string };

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const t = await getTranslations("admin.titles");
  await requireAdminPage("/admin/orders");
  const params = await searchParams;
  const status = params.status === "needs_refund" || params.status === "paid" || params.status === "refunded" ? params.status : undefined;
  const sort: OrderSort | undefined = (["createdAt", "amountTotal", "email"] as const).find((s) => s === params.sort);
  const result = await searchOrders({ query: params.q, status, page: Number(params.page) || 1, sort, dir: params.dir === "asc" ? "asc" : "desc" });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{status === "needs_refund" ? t("refundQueue") : t("orders")}</h1>
      <form role="search" className="flex flex-wrap items-end gap-2" action="/admin/orders">
        <label className="text-sm">
          <span className="block font-medium">Email, order token, session id or ticket code</span>
          <input name="q" defaultValue={params.q} className="w-80 rounded-md border border-stone-300 px-2 py-1.5" />
        </label>
        <label className="text-sm">
          <span className="block font-medium">Status</span>
          <select name="status" defaultValue={status ?? ""} className="rounded-md border border-stone-300 px-2 py-1.5">
            <option value="">Any</option>
            <option value="paid">Paid</option>
            <option value="needs_refund">Needs refund</option>
            <option value="refunded">Refunded</option>
          </select>
        </label>
        <button className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white">Search</button>
        <Link href="/admin/orders?status=needs_refund" className="text-sm underline">Refund queue</Link>
      </form>
      <DataTable
        caption="Orders"
        basePath="/admin/orders"
        params={{ q: params.q, status, sort: params.sort, dir: params.dir }}
        rows={result.rows}
        total={result.total}
        page={result.page}
        pageSize={result.pageSize}
        rowKey={(o) => o.id}
        columns={[
          { key: "createdAt", label: "Date", sortable: true, render: (o) => <Link href={`/admin/orders/${o.id}`} className="underline">{o.createdAt.toISOString().slice(0, 16).replace("T", " ")}</Link> },
          { key: "email", label: "Email", sortable: true, render: (o) => o.email ?? "—" },
          { key: "amountTotal", label: "Paid", sortable: true, render: (o) => formatMoney(o.amountTotal, o.currency) },
          { key: "refunded", label: "Refunded", render: (o) => (o.amountRefunded ? formatMoney(o.amountRefunded, o.currency) : "—") },
          { key: "tickets", label: "Tickets", render: (o) => o.tickets },
          { key: "status", label: "Status", render: (o) => o.status.replace("_", " ") },
          { key: "act", label: "", render: (o) => (o.status === "needs_refund" ? <RefundAllForm orderId={o.id} label="Refund in full" /> : null) },
        ]}
      />
    </div>
  );
}
