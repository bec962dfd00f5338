import type Stripe from "stripe";
import { refreshCatalogMirror } from "../../catalog/refresh-catalog-mirror";

/** A price was deleted in Stripe: mirror it as Stripe has it now (events arrive late and out of order). */
export async function handlePriceDeleted(event: Stripe.PriceDeletedEvent) {
  await refreshCatalogMirror({ priceIds: [event.data.object.id] });
}
