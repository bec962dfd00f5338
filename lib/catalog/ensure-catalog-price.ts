import type Stripe from "stripe";
import { getStripe } from "../stripe/get-stripe";
import { upsertPriceMirror } from "./upsert-price-mirror";
import { upsertProductMirror } from "./upsert-product-mirror";

export type CatalogPriceSpec = {
  lookupKey: string;
  product: { name: string; description?: string; images?: string[]; metadata?: Record<string, string> };
  currency: string;
  unitAmount: number;
  currencyOptions?: Record<string, number>;
  recurring?: { interval: "month" | "year" };
  nickname?: string;
  /** An existing product to add the price to instead of creating one. */
  productId?: string;
};

/**
 * The price with this lookup key, created in Stripe (with its product, as the product's default price) when
 * missing, and mirrored into the database either way. Idempotent: the lookup key is the identity.
 */
export async function ensureCatalogPrice(spec: CatalogPriceSpec): Promise<Stripe.Price> {
  const stripe = getStripe();
  const found = await stripe.prices.list({ lookup_keys: [spec.lookupKey], expand: ["data.currency_options", "data.product"], limit: 1 });
  let price = found.data[0];
  if (!price) {
    const productId = spec.productId ?? (await stripe.products.create(spec.product)).id;
    price = await stripe.prices.create({
      product: productId,
      currency: spec.currency,
      unit_amount: spec.unitAmount,
      lookup_key: spec.lookupKey,
      nickname: spec.nickname,
      ...(spec.currencyOptions
        ? { currency_options: Object.fromEntries(Object.entries(spec.currencyOptions).map(([c, amount]) => [c, { unit_amount: amount }])) }
        : {}),
      ...(spec.recurring ? { recurring: { interval: spec.recurring.interval } } : {}),
      expand: ["currency_options", "product"],
    });
    if (!spec.productId) await stripe.products.update(productId, { default_price: price.id });
  }
  const product = typeof price.product === "string" ? await stripe.products.retrieve(price.product) : price.product;
  if (!product.deleted) await upsertProductMirror(product);
  await upsertPriceMirror(price);
  return price;
}
