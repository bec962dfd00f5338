import type Stripe from "stripe";
import { refreshCatalogMirror } from "../../catalog/refresh-catalog-mirror";

/** A price was created in Stripe: mirror it as Stripe has it now (events arrive late and out of order). */
export async function handlePriceCreated(event: Stripe.PriceCreatedEvent) {
  await refreshCatalogMirror({ priceIds: [event.data.object.id] });
}
