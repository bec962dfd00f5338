import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ServerDataTable } from "@/components/admin/data-table";
import { ReplayForm } from "@/components/admin/replay-form";
import { Badge } from "@/components/ui/badge";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { listWebhookEvents } from "@/lib/webhooks/list-webhook-events";

export const dynamic = "force-dynamic";

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ failing?: string; page?: string }> }) {
  await requireAdminPage("/admin/webhooks");
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  const params = await searchParams;
  const result = await listWebhookEvents({ failing: params.failing === "1", page: Number(params.page) || 1 });
  const time = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "short", timeStyle: "medium", timeZone: "UTC" }) : "—");
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-bold">{t("titles.webhooks")}</h1>
        <Link href={params.failing === "1" ? "/admin/webhooks" : "/admin/webhooks?failing=1"} className="underline">
          {params.failing === "1" ? t("webhooks.showAll") : t("webhooks.showUnprocessed")}
        </Link>
      </div>
      <p className="text-sm text-stone-600">{t("webhooks.intro")}</p>
      <ServerDataTable
        caption={t("webhooks.tableCaption")}
        emptyMessage={t("webhooks.empty")}
        basePath="/admin/webhooks"
        params={{ failing: params.failing }}
        rows={result.rows}
        total={result.total}
        page={result.page}
        pageSize={result.pageSize}
        rowKey={(e) => e.id}
        columns={[
          { key: "type", label: t("webhooks.columns.type"), render: (e) => <span className="font-mono text-xs">{e.type}</span> },
          { key: "id", label: t("webhooks.columns.event"), render: (e) => <span className="font-mono text-xs">{e.id}</span> },
          { key: "receivedAt", label: t("webhooks.columns.received"), render: (e) => time(e.receivedAt) },
          { key: "attempts", label: t("webhooks.columns.attempts"), render: (e) => e.attempts },
          {
            key: "processedAt",
            label: t("webhooks.columns.processed"),
            render: (e) => (e.processedAt ? time(e.processedAt) : <Badge variant="warning">{t("webhooks.notProcessed")}</Badge>),
          },
          { key: "lastError", label: t("webhooks.columns.lastError"), render: (e) => <span className="text-xs break-all text-red-800">{e.lastError?.slice(0, 160) ?? ""}</span> },
          { key: "replay", label: t("webhooks.columns.actions"), render: (e) => <ReplayForm eventId={e.id} /> },
        ]}
      />
    </div>
  );
}
