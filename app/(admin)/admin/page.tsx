import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { listAdminEvents } from "@/lib/events/list-admin-events";
import { searchOrders } from "@/lib/orders/search-orders";

export const dynamic = "force-dynamic";

export default async function AdminHome() {
  await requireAdminPage("/admin");
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  const [events, owed] = await Promise.all([listAdminEvents(), searchOrders({ status: "needs_refund", pageSize: 1 })]);
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{t("titles.events")}</h1>
        <Button asChild size="sm">
          <Link href="/admin/events/new">{t("home.newEvent")}</Link>
        </Button>
      </div>
      {owed.total > 0 && (
        <Alert role="status" variant="warning">
          {t("home.refundsOwed", { count: owed.total })}{" "}
          <Link href="/admin/orders?status=needs_refund" className="underline">
            {t("home.openRefundQueue")}
          </Link>
        </Alert>
      )}
      <DataTable
        caption={t("home.tableCaption")}
        emptyMessage={t("home.empty")}
        initialSort={{ columnId: "startsAt", direction: "ascending" }}
        columns={[
          { id: "name", header: t("home.columns.event"), isSortable: true },
          { id: "startsAt", header: t("home.columns.starts"), isSortable: true },
          { id: "status", header: t("home.columns.status"), isSortable: true },
          { id: "sold", header: t("home.columns.sold"), isSortable: true },
          { id: "held", header: t("home.columns.held"), isSortable: true },
          { id: "stock", header: <span className="sr-only">{t("home.columns.liveStock")}</span> },
        ]}
        rows={events.map((e) => ({
          id: e.id,
          sortValues: { name: e.name, startsAt: e.startsAt.getTime(), status: e.published ? 1 : 0, sold: e.sold, held: e.held },
          cells: {
            name: (
              <Link href={`/admin/events/${e.id}`} className="font-medium underline">
                {e.name}
              </Link>
            ),
            startsAt: format.dateTime(e.startsAt, "event"),
            status: e.published ? <Badge variant="success">{t("events.published")}</Badge> : <Badge>{t("events.draft")}</Badge>,
            sold: t("home.soldOf", { sold: e.sold, capacity: e.capacity }),
            held: e.held,
            stock: (
              <Link href={`/admin/events/${e.id}/stock`} className="underline">
                {t("events.liveStock")}
              </Link>
            ),
          },
        }))}
      />
    </div>
  );
}
