import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CatalogImport } from "@/components/admin/catalog-import";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export default async function CatalogImportPage() {
  const t = await getTranslations("admin.titles");
  await requireAdminPage("/admin/catalog/import");
  return (
    <div className="space-y-4">
      <Link href="/admin/catalog" className="text-sm underline">← Catalog</Link>
      <h1 className="text-2xl font-bold">{t("import")}</h1>
      <p className="text-sm text-stone-600">
        One row per price, identified by its lookup key: <code>lookup_key, product, description, currency, amount, currency_options, interval, nickname, active</code>.
        Amounts in major units (25.00 EUR, 4000 JPY); other currencies as <code>jpy:4000;usd:27</code>. A changed amount makes a new
        price, moves the key to it and archives the old one; <code>active=false</code> archives. Applying twice changes nothing more.
      </p>
      <CatalogImport />
    </div>
  );
}
