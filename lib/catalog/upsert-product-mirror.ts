import type Stripe from "stripe";
import { getDb } from "../db";

/** Mirrors a Stripe product into the database (Stripe is the source of truth). */
export async function upsertProductMirror(product: Stripe.Product): Promise<void> {
  const data = {
    name: product.name,
    description: product.description ?? null,
    active: product.active,
    imageUrl: product.images[0] ?? null,
    metadata: product.metadata,
  };
  await getDb().catalogProduct.upsert({ where: { id: product.id }, create: { id: product.id, ...data }, update: data });
}
