import type Stripe from "stripe";
import { refreshCatalogMirror } from "../../catalog/refresh-catalog-mirror";

/** A product was updated in Stripe (here or in the Dashboard): mirror what Stripe says now, not the event body. */
export async function handleProductUpdated(event: Stripe.ProductUpdatedEvent) {
  await refreshCatalogMirror({ productId: event.data.object.id });
}
