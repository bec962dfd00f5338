import type Stripe from "stripe";
import { refreshCatalogMirror } from "../../catalog/refresh-catalog-mirror";

/** A product was deleted in Stripe (here or in the Dashboard): mirror what Stripe says now, not the event body. */
export async function handleProductDeleted(event: Stripe.ProductDeletedEvent) {
  await refreshCatalogMirror({ productId: event.data.object.id });
}
