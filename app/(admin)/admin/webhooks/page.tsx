import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DataTable } from "@/components/admin/data-table";
import { ReplayForm } from "@/components/admin/replay-form";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { listWebhookEvents } from "@/lib/webhooks/list-webhook-events";

export const dynamic = "force-dynamic";

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ failing?: string; page?: string }> }) {
  const t = await getTranslations("admin.titles");
  await requireAdminPage("/admin/webhooks");
  const params = await searchParams;
  const result = await listWebhookEvents({ failing: params.failing === "1", page: Number(params.page) || 1 });
  const time = (d: Date | null) => (d ? d.toISOString().slice(0, 19).replace("T", " ") : "—");
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-bold">{t("webhooks")}</h1>
        <Link href={params.failing === "1" ? "/admin/webhooks" : "/admin/webhooks?failing=1"} className="underline">
          {params.failing === "1" ? "Show all" : "Show unprocessed only"}
        </Link>
      </div>
      <DataTable
        caption="Webhook events"
        basePath="/admin/webhooks"
        params={{ failing: params.failing }}
        rows={result.rows}
        total={result.total}
        page={result.page}
        pageSize={result.pageSize}
        rowKey={(e) => e.id}
        columns={[
          { key: "type", label: "Type", render: (e) => e.type },
          { key: "id", label: "Event", render: (e) => <span className="font-mono text-xs">{e.id}</span> },
          { key: "receivedAt", label: "Received", render: (e) => time(e.receivedAt) },
          { key: "attempts", label: "Attempts", render: (e) => e.attempts },
          { key: "processedAt", label: "Processed", render: (e) => time(e.processedAt) },
          { key: "lastError", label: "Last error", render: (e) => <span className="text-xs text-red-800">{e.lastError?.slice(0, 160) ?? ""}</span> },
          { key: "replay", label: "", render: (e) => <ReplayForm eventId={e.id} /> },
        ]}
      />
    </div>
  );
}
