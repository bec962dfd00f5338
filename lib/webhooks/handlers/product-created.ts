import type Stripe from "stripe";
import { refreshCatalogMirror } from "../../catalog/refresh-catalog-mirror";

/** A product was created in Stripe (here or in the Dashboard): mirror what Stripe says now, not the event body. */
export async function handleProductCreated(event: Stripe.ProductCreatedEvent) {
  await refreshCatalogMirror({ productId: event.data.object.id });
}
