import { getStripe } from "../stripe/get-stripe";
import { upsertPriceMirror } from "./upsert-price-mirror";
import { upsertProductMirror } from "./upsert-product-mirror";

/** Mirrors every Stripe product and price (active or archived) into the database; returns the counts. */
export async function syncCatalog(): Promise<{ products: number; prices: number }> {
  const stripe = getStripe();
  let products = 0;
  let prices = 0;
  for await (const product of stripe.products.list({ limit: 100 })) {
    await upsertProductMirror(product);
    products++;
  }
  for await (const price of stripe.prices.list({ limit: 100, expand: ["data.currency_options"] })) {
    await upsertPriceMirror(price);
    prices++;
  }
  return { products, prices };
}
