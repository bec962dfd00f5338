import { getFormatter, getTranslations } from "next-intl/server";
import { ServerDataTable } from "@/components/admin/data-table";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { listAuditLog } from "@/lib/audit/list-audit-log";

export const dynamic = "force-dynamic";

const show = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value).slice(0, 400));

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  await requireAdminPage("/admin/audit");
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  const params = await searchParams;
  const page = Number(params.page) || 1;
  const result = await listAuditLog({ query: params.q, page });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("titles.audit")}</h1>
      <p className="text-sm text-stone-600">{t("audit.intro")}</p>
      <form role="search" action="/admin/audit" className="flex flex-wrap items-end gap-2">
        <FormField label={t("audit.filterLabel")} className="w-80">
          <Input name="q" type="search" defaultValue={params.q} />
        </FormField>
        <Button type="submit">{t("audit.filter")}</Button>
      </form>
      <ServerDataTable
        caption={t("audit.tableCaption")}
        emptyMessage={t("audit.empty")}
        basePath="/admin/audit"
        params={{ q: params.q }}
        rows={result.rows}
        total={result.total}
        page={page}
        pageSize={50}
        rowKey={(r) => r.id}
        columns={[
          { key: "createdAt", label: t("audit.columns.when"), render: (r) => format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "medium", timeZone: "UTC" }) },
          { key: "actor", label: t("audit.columns.who"), render: (r) => r.actorEmail },
          { key: "action", label: t("audit.columns.what"), render: (r) => <span className="font-mono text-xs">{r.action}</span> },
          { key: "subject", label: t("audit.columns.subject"), render: (r) => <span className="font-mono text-xs">{r.subject}</span> },
          { key: "before", label: t("audit.columns.before"), render: (r) => <code className="text-xs break-all">{show(r.before)}</code> },
          { key: "after", label: t("audit.columns.after"), render: (r) => <code className="text-xs break-all">{show(r.after)}</code> },
        ]}
      />
    </div>
  );
}
