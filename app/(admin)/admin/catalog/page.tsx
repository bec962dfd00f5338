import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { CreateProductForm, SyncCatalogForm } from "@/components/admin/catalog-forms";
import { formatPriceAmount } from "@/components/admin/format-price";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { listCatalog } from "@/lib/catalog/list-catalog";

export const dynamic = "force-dynamic";

export default async function CatalogPage({ searchParams }: { searchParams: Promise<{ archived?: string }> }) {
  await requireAdminPage("/admin/catalog");
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  const { archived } = await searchParams;
  const products = await listCatalog({ includeArchived: archived === "1" });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold">{t("titles.catalog")}</h1>
        <Link href="/admin/catalog/import" className="underline">
          {t("catalog.importCsv")}
        </Link>
        <a href="/admin/catalog/export.csv" className="underline" download>
          {t("catalog.exportCsv")}
        </a>
        <Link href={archived === "1" ? "/admin/catalog" : "/admin/catalog?archived=1"} className="underline">
          {archived === "1" ? t("catalog.hideArchived") : t("catalog.showArchived")}
        </Link>
        <div className="ml-auto">
          <SyncCatalogForm />
        </div>
      </div>
      <p className="text-sm text-stone-600">{t("catalog.intro")}</p>
      <DataTable
        caption={t("catalog.tableCaption")}
        emptyMessage={t("catalog.empty")}
        initialSort={{ columnId: "name", direction: "ascending" }}
        pageSize={25}
        columns={[
          { id: "name", header: t("catalog.columns.product"), isSortable: true },
          { id: "status", header: t("catalog.columns.status"), isSortable: true },
          { id: "prices", header: t("catalog.columns.prices") },
        ]}
        rows={products.map((p) => {
          const active = p.prices.filter((x) => x.active);
          return {
            id: p.id,
            sortValues: { name: p.name, status: p.active ? 1 : 0 },
            cells: {
              name: (
                <Link href={`/admin/catalog/${p.id}`} className="font-medium underline">
                  {p.name}
                </Link>
              ),
              status: p.active ? <Badge variant="success">{t("catalog.active")}</Badge> : <Badge>{t("catalog.archived")}</Badge>,
              prices:
                active.length === 0
                  ? t("catalog.noActivePrices")
                  : active
                      .map((x) => `${formatPriceAmount(format, x)}${x.recurringInterval ? ` / ${t(`catalog.interval.${x.recurringInterval as "day" | "week" | "month" | "year"}`)}` : ""}${x.lookupKey ? ` (${x.lookupKey})` : ""}`)
                      .join(", "),
            },
          };
        })}
      />
      <section aria-labelledby="new-product" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="new-product" className="text-lg font-semibold">
          {t("catalog.newProductHeading")}
        </h2>
        <CreateProductForm />
      </section>
    </div>
  );
}
