import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CreatePriceForm, EditPriceForm, EditProductForm, ProductStateForms, SetDefaultPriceForm } from "@/components/admin/catalog-forms";
import { formatPriceAmount } from "@/components/admin/format-price";
import { Badge } from "@/components/ui/badge";
import { formatMoney } from "@/i18n/format-money";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { getCatalogProduct } from "@/lib/catalog/list-catalog";

export const dynamic = "force-dynamic";

export default async function CatalogProductPage({ params }: { params: Promise<{ productId: string }> }) {
  const { productId } = await params;
  await requireAdminPage(`/admin/catalog/${productId}`);
  const product = await getCatalogProduct({ productId });
  if (!product) notFound();
  const [t, format] = await Promise.all([getTranslations("admin.catalog"), getFormatter()]);
  return (
    <div className="space-y-6">
      <Link href="/admin/catalog" className="text-sm underline">
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{product.name}</h1>
        {product.active ? <Badge variant="success">{t("active")}</Badge> : <Badge>{t("archived")}</Badge>}
        <span className="font-mono text-sm text-stone-600">{product.id}</span>
      </div>
      <ProductStateForms productId={product.id} active={product.active} />
      <EditProductForm product={{ ...product, metadata: product.metadata as Record<string, string> }} />
      <section aria-labelledby="prices" className="space-y-3">
        <h2 id="prices" className="text-lg font-semibold">
          {t("pricesHeading")}
        </h2>
        {product.prices.map((price) => {
          const interval = price.recurringInterval as "day" | "week" | "month" | "year" | null;
          return (
            <article key={price.id} aria-label={t("priceArticle", { id: price.id })} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
              <h3 className="flex flex-wrap items-center gap-2 font-medium">
                <span>
                  {formatPriceAmount(format, price)} {interval ? `/ ${t(`interval.${interval}`)}` : t("oneTimeShort")}
                  {Object.entries(price.currencyOptions as Record<string, number>).map(([c, a]) => ` · ${formatMoney(format, a, c)}`)}
                </span>
                {price.active ? <Badge variant="success">{t("priceActive")}</Badge> : <Badge>{t("priceArchived")}</Badge>}
                {price.lookupKey && <Badge variant="outline">{t("lookupKeyBadge", { key: price.lookupKey })}</Badge>}
                {price.nickname && <span className="text-stone-600">“{price.nickname}”</span>}
              </h3>
              <p className="text-xs text-stone-600">
                <span className="font-mono">{price.id}</span>
                {price.ticketTypes.length > 0 && ` · ${t("sells", { list: price.ticketTypes.map((tt) => `${tt.event.name} / ${tt.name}`).join(", ") })}`}
              </p>
              <EditPriceForm price={{ ...price, metadata: price.metadata as Record<string, string> }} />
              {price.active && <SetDefaultPriceForm productId={product.id} priceId={price.id} />}
            </article>
          );
        })}
      </section>
      <section aria-labelledby="new-price" className="space-y-2 rounded-lg border border-dashed border-stone-300 p-4">
        <h2 id="new-price" className="text-lg font-semibold">
          {t("addPriceHeading")}
        </h2>
        <CreatePriceForm productId={product.id} />
      </section>
    </div>
  );
}
