import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CreateProductForm, SyncCatalogForm } from "@/components/admin/catalog-forms";
import { DataTable } from "@/components/admin/data-table";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { formatMoney } from "@/lib/money";

export const dynamic = "force-dynamic";

export default async function CatalogPage({ searchParams }: { searchParams: Promise<{ archived?: string }> }) {
  const t = await getTranslations("admin.titles");
  await requireAdminPage("/admin/catalog");
  const { archived } = await searchParams;
  const products = await listCatalog({ includeArchived: archived === "1" });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold">{t("catalog")}</h1>
        <Link href="/admin/catalog/import" className="underline">Import CSV</Link>
        <a href="/admin/catalog/export.csv" className="underline" download>Export CSV</a>
        <Link href={archived === "1" ? "/admin/catalog" : "/admin/catalog?archived=1"} className="underline">
          {archived === "1" ? "Hide archived" : "Show archived"}
        </Link>
        <div className="ml-auto"><SyncCatalogForm /></div>
      </div>
      <p className="text-sm text-stone-600">Stripe is the source of truth: every change here is made in Stripe first, and this list mirrors it (also through webhooks).</p>
      <DataTable
        caption="Products"
        basePath="/admin/catalog"
        params={{ archived }}
        rows={products}
        rowKey={(p) => p.id}
        columns={[
          { key: "name", label: "Product", render: (p) => <Link href={`/admin/catalog/${p.id}`} className="font-medium underline">{p.name}</Link> },
          { key: "active", label: "Status", render: (p) => (p.active ? "Active" : "Archived") },
          {
            key: "prices",
            label: "Prices",
            render: (p) =>
              p.prices
                .filter((x) => x.active)
                .map((x) => `${x.unitAmount === null ? "—" : formatMoney(x.unitAmount, x.currency)}${x.recurringInterval ? `/${x.recurringInterval}` : ""}${x.lookupKey ? ` (${x.lookupKey})` : ""}`)
                .join(", ") || "none active",
          },
        ]}
      />
      <section aria-labelledby="new-product" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="new-product" className="text-lg font-semibold">New product with its default price</h2>
        <CreateProductForm />
      </section>
    </div>
  );
}
