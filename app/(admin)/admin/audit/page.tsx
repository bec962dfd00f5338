import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/admin/data-table";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { listAuditLog } from "@/lib/audit/list-audit-log";

export const dynamic = "force-dynamic";

const show = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value).slice(0, 400));

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const t = await getTranslations("admin.titles");
  await requireAdminPage("/admin/audit");
  const params = await searchParams;
  const result = await listAuditLog({ query: params.q, page: Number(params.page) || 1 });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("audit")}</h1>
      <form role="search" action="/admin/audit" className="flex gap-2">
        <label className="text-sm">
          <span className="sr-only">Filter</span>
          <input name="q" defaultValue={params.q} placeholder="action, subject or email" className="w-72 rounded-md border border-stone-300 px-2 py-1.5" />
        </label>
        <button className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white">Filter</button>
      </form>
      <DataTable
        caption="Audit log"
        basePath="/admin/audit"
        params={{ q: params.q }}
        rows={result.rows}
        total={result.total}
        page={Number(params.page) || 1}
        pageSize={50}
        rowKey={(r) => r.id}
        columns={[
          { key: "createdAt", label: "When (UTC)", render: (r) => r.createdAt.toISOString().slice(0, 19).replace("T", " ") },
          { key: "actor", label: "Who", render: (r) => r.actorEmail },
          { key: "action", label: "What", render: (r) => <span className="font-mono text-xs">{r.action}</span> },
          { key: "subject", label: "Subject", render: (r) => <span className="font-mono text-xs">{r.subject}</span> },
          { key: "before", label: "Before", render: (r) => <code className="break-all text-xs">{show(r.before)}</code> },
          { key: "after", label: "After", render: (r) => <code className="break-all text-xs">{show(r.after)}</code> },
        ]}
      />
    </div>
  );
}
