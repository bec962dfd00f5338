import Link from "next/link";
import { notFound } from "next/navigation";
import { CreatePriceForm, EditPriceForm, EditProductForm, ProductStateForms, SetDefaultPriceForm } from "@/components/admin/catalog-forms";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { getCatalogProduct } from "@/lib/catalog/list-catalog";
import { formatMoney } from "@/lib/money";

export const dynamic = "force-dynamic";

export default async function CatalogProductPage({ params }: { params: Promise<{ productId: string }> }) {
  const { productId } = await params;
  await requireAdminPage(`/admin/catalog/${productId}`);
  const product = await getCatalogProduct({ productId });
  if (!product) notFound();
  return (
    <div className="space-y-6">
      <Link href="/admin/catalog" className="text-sm underline">← Catalog</Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{product.name}</h1>
        <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs">{product.active ? "Active" : "Archived"}</span>
        <span className="text-sm text-stone-500">{product.id}</span>
      </div>
      <ProductStateForms productId={product.id} active={product.active} />
      <EditProductForm product={{ ...product, metadata: product.metadata as Record<string, string> }} />
      <section aria-labelledby="prices" className="space-y-3">
        <h2 id="prices" className="text-lg font-semibold">Prices</h2>
        {product.prices.map((price) => (
          <article key={price.id} aria-label={`Price ${price.id}`} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
            <h3 className="font-medium">
              {price.unitAmount === null ? "fractional amount" : formatMoney(price.unitAmount, price.currency)}
              {price.recurringInterval ? ` / ${price.recurringInterval}` : " one-time"}
              {Object.entries(price.currencyOptions as Record<string, number>).map(([c, a]) => ` · ${formatMoney(a, c)}`)}
              {" · "}
              {price.active ? "active" : "archived"}
              {price.lookupKey ? ` · key ${price.lookupKey}` : ""}
              {price.nickname ? ` · “${price.nickname}”` : ""}
            </h3>
            <p className="text-xs text-stone-500">
              {price.id}
              {price.ticketTypes.length > 0 && ` · sells ${price.ticketTypes.map((t) => `${t.event.name} / ${t.name}`).join(", ")}`}
            </p>
            <EditPriceForm price={price} />
            {price.active && <SetDefaultPriceForm productId={product.id} priceId={price.id} />}
          </article>
        ))}
      </section>
      <section aria-labelledby="new-price" className="space-y-2 rounded-lg border border-dashed border-stone-300 p-4">
        <h2 id="new-price" className="text-lg font-semibold">Add a price</h2>
        <CreatePriceForm productId={product.id} />
      </section>
    </div>
  );
}
