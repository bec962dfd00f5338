import type Stripe from "stripe";
import { newId } from "../engine/ids";
import { publishEvent } from "../engine/publish-event";
import type { RequestContext } from "./context";

/** A new product with Stripe's defaults; shared by the products API and inline `product_data`. */
export function buildProduct(ctx: RequestContext, name: string, id = newId("prod", 14)): Stripe.Product {
  const now = ctx.engine.clock.now();
  return {
    id,
    object: "product",
    active: true,
    created: now,
    default_price: null,
    description: null,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: {},
    name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: "service",
    unit_label: null,
    updated: now,
    url: null,
  };
}

export function saveProduct(ctx: RequestContext, product: Stripe.Product): Stripe.Product {
  ctx.engine.store.put("product", product);
  publishEvent(ctx.engine, "product.created", product, ctx.request);
  return product;
}
