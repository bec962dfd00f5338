import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DataTable } from "@/components/admin/data-table";
import { formatEventDate as formatDate } from "@/components/ui/format-date";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { listAdminEvents } from "@/lib/events/list-admin-events";
import { searchOrders } from "@/lib/orders/search-orders";

export default async function AdminHome() {
  const t = await getTranslations("admin.titles");
  await requireAdminPage("/admin");
  const [events, owed] = await Promise.all([listAdminEvents(), searchOrders({ status: "needs_refund", pageSize: 1 })]);
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{t("events")}</h1>
        <Link href="/admin/events/new" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white">
          New event
        </Link>
      </div>
      {owed.total > 0 && (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-amber-900">
          {owed.total} paid order{owed.total === 1 ? "" : "s"} need a refund.{" "}
          <Link href="/admin/orders?status=needs_refund" className="underline">
            Open the refund queue
          </Link>
        </p>
      )}
      <DataTable
        caption="Events"
        basePath="/admin"
        params={{}}
        rows={events}
        rowKey={(e) => e.id}
        columns={[
          { key: "name", label: "Event", render: (e) => <Link href={`/admin/events/${e.id}`} className="font-medium underline">{e.name}</Link> },
          { key: "startsAt", label: "Starts", render: (e) => formatDate(e.startsAt) },
          { key: "published", label: "Status", render: (e) => (e.published ? "Published" : "Draft") },
          { key: "sold", label: "Sold", render: (e) => `${e.sold} / ${e.capacity}` },
          { key: "held", label: "Held", render: (e) => e.held },
          { key: "stock", label: "", render: (e) => <Link href={`/admin/events/${e.id}/stock`} className="underline">Live stock</Link> },
        ]}
      />
    </div>
  );
}
