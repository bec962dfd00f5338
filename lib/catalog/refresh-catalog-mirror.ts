import { getDb } from "../db";
import { getStripe } from "../stripe/get-stripe";
import { upsertPriceMirror } from "./upsert-price-mirror";
import { upsertProductMirror } from "./upsert-product-mirror";

/**
 * Re-reads a product (and, with `priceIds`, prices) from Stripe and mirrors them. Webhook handlers and admin
 * actions both end here, so the mirror only ever holds what Stripe says now, whatever order events arrive in.
 */
export async function refreshCatalogMirror({ productId, priceIds = [] }: { productId?: string; priceIds?: string[] }): Promise<void> {
  const stripe = getStripe();
  if (productId) {
    try {
      const product = await stripe.products.retrieve(productId);
      await upsertProductMirror(product);
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
      await removeProductMirror(productId);
    }
  }
  for (const priceId of priceIds) {
    let price;
    try {
      price = await stripe.prices.retrieve(priceId, { expand: ["currency_options"] });
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
      // Gone from Stripe: never offer it again.
      await getDb().catalogPrice.updateMany({ where: { id: priceId }, data: { active: false, lookupKey: null } });
      continue;
    }
    const owner = typeof price.product === "string" ? price.product : price.product.id;
    if (!(await getDb().catalogProduct.findUnique({ where: { id: owner } }))) {
      await upsertProductMirror(await stripe.products.retrieve(owner));
    }
    await upsertPriceMirror(price);
  }
}

/** A product deleted in Stripe leaves the mirror (it had no prices, so nothing points at it). */
async function removeProductMirror(productId: string): Promise<void> {
  const db = getDb();
  const prices = await db.catalogPrice.count({ where: { productId } });
  if (prices === 0) await db.catalogProduct.deleteMany({ where: { id: productId } });
  else await db.catalogProduct.updateMany({ where: { id: productId }, data: { active: false } });
}
