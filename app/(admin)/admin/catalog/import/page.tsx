import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CatalogImport } from "@/components/admin/catalog-import";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export default async function CatalogImportPage() {
  await requireAdminPage("/admin/catalog/import");
  const t = await getTranslations("admin");
  return (
    <div className="space-y-4">
      <Link href="/admin/catalog" className="text-sm underline">
        {t("catalog.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("titles.import")}</h1>
      <p className="text-sm text-stone-600">
        {t.rich("import.intro", {
          columns: () => <code>lookup_key, product, description, currency, amount, currency_options, interval, nickname, active</code>,
          example: () => <code>jpy:4000;usd:27</code>,
          inactive: () => <code>active=false</code>,
        })}
      </p>
      <CatalogImport />
    </div>
  );
}
