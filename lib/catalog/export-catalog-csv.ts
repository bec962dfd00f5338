import { getStripe } from "../stripe/get-stripe";
import { formatCatalogCsv } from "./catalog-csv";
import type Stripe from "stripe";

/** Every price with a lookup key, as catalog CSV (the format the import reads), straight from Stripe. */
export async function exportCatalogCsv(): Promise<string> {
  const rows = [];
  for await (const price of getStripe().prices.list({ limit: 100, expand: ["data.currency_options", "data.product"] })) {
    if (!price.lookup_key) continue;
    const product = price.product as Stripe.Product;
    rows.push({
      lookupKey: price.lookup_key,
      product: product.name,
      description: product.description ?? "",
      currency: price.currency,
      amount: String(price.unit_amount_decimal ?? price.unit_amount ?? 0),
      currencyOptions: Object.fromEntries(
        Object.entries(price.currency_options ?? {}).filter(([c]) => c !== price.currency).map(([c, o]) => [c, String(o.unit_amount_decimal ?? o.unit_amount)]),
      ),
      interval: price.recurring?.interval ?? "",
      nickname: price.nickname ?? "",
      active: price.active,
    });
  }
  return formatCatalogCsv(rows);
}
