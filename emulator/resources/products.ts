import type Stripe from "stripe";
import { changedFields, publishEvent } from "../engine/publish-event";
import { invalidRequest } from "../engine/stripe-error";
import type { RequestContext, Route } from "./context";
import { findOrThrow } from "./lookup";
import { paginate } from "./paginate";
import {
  bool,
  emptyable,
  inRange,
  list,
  metadata,
  obj,
  oneOf,
  paginationShape,
  parseParams,
  range,
  str,
} from "./params";
import { buildPrice, mergeMetadata, priceDataShape, savePrice } from "./prices";
import { buildProduct, saveProduct } from "./product-object";

const feature = obj({ name: str(80) });

const createSchema = obj({
  name: str(),
  id: str().optional(),
  active: bool().optional(),
  description: str(40000).optional(),
  images: list(str(2048), 8).optional(),
  marketing_features: list(feature, 15).optional(),
  metadata: metadata().optional(),
  default_price_data: obj({ ...priceDataShape, metadata: metadata().optional() }).optional(),
  shippable: bool().optional(),
  statement_descriptor: str(22).optional(),
  tax_code: str().optional(),
  type: oneOf(["good", "service"]).optional(),
  unit_label: str(12).optional(),
  url: str().optional(),
});

const updateSchema = obj({
  name: str().optional(),
  active: bool().optional(),
  default_price: str().optional(),
  description: emptyable(str(40000)).optional(),
  images: emptyable(list(str(2048), 8)).optional(),
  marketing_features: emptyable(list(feature, 15)).optional(),
  metadata: metadata().optional(),
  shippable: bool().optional(),
  statement_descriptor: str(22).optional(),
  tax_code: emptyable(str()).optional(),
  unit_label: emptyable(str(12)).optional(),
  url: emptyable(str()).optional(),
});

const listSchema = obj({
  ...paginationShape,
  active: bool().optional(),
  created: range().optional(),
  ids: list(str()).optional(),
  shippable: bool().optional(),
  type: oneOf(["good", "service"]).optional(),
  url: str().optional(),
});

function createProduct(ctx: RequestContext, raw: unknown): Stripe.Product {
  const params = parseParams(createSchema, raw);
  if (params.id !== undefined && ctx.engine.store.get("product", params.id)) {
    throw invalidRequest(`Product already exists.`, "id", "resource_already_exists");
  }
  const product = buildProduct(ctx, params.name, params.id);
  const price = params.default_price_data
    ? buildPrice(ctx, params.default_price_data, product.id, (f) => `default_price_data[${f}]`)
    : null;
  Object.assign(product, {
    active: params.active ?? true,
    description: params.description ?? null,
    images: params.images ?? [],
    marketing_features: params.marketing_features ?? [],
    metadata: params.metadata ?? {},
    shippable: params.shippable ?? null,
    statement_descriptor: params.statement_descriptor ?? null,
    tax_code: params.tax_code ?? null,
    type: params.type ?? "service",
    unit_label: params.unit_label ?? null,
    url: params.url ?? null,
    default_price: price?.id ?? null,
  } satisfies Partial<Stripe.Product>);
  saveProduct(ctx, product);
  if (price) {
    price.metadata = params.default_price_data?.metadata ?? {};
    savePrice(ctx, price);
  }
  return product;
}

function updateProduct(ctx: RequestContext, id: string, raw: unknown): Stripe.Product {
  const product = findOrThrow(ctx.engine, "product", id);
  const params = parseParams(updateSchema, raw);
  if (params.default_price !== undefined) {
    const price = findOrThrow(ctx.engine, "price", params.default_price, "default_price");
    if (price.product !== id) {
      throw invalidRequest("The default price must belong to this product.", "default_price");
    }
  }
  const before = structuredClone(product);
  const { metadata: given, ...fields } = params;
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (product as unknown as Record<string, unknown>)[key] = value;
  }
  if (params.images === null) product.images = [];
  if (params.marketing_features === null) product.marketing_features = [];
  if (given !== undefined) product.metadata = mergeMetadata(product.metadata, raw, given);
  product.updated = ctx.engine.clock.now();
  ctx.engine.store.put("product", product);
  publishEvent(ctx.engine, "product.updated", product, ctx.request, changedFields(before, product));
  return product;
}

function deleteProduct(ctx: RequestContext, id: string): Stripe.DeletedProduct {
  const product = findOrThrow(ctx.engine, "product", id);
  if (ctx.engine.store.all("price").some((p) => p.product === id)) {
    throw invalidRequest(
      "This product cannot be deleted because it has one or more user-created prices.",
      undefined,
      "product_has_prices",
    );
  }
  ctx.engine.store.remove("product", id);
  publishEvent(ctx.engine, "product.deleted", product, ctx.request);
  return { id, object: "product", deleted: true };
}

function listProducts(ctx: RequestContext, raw: unknown): Stripe.ApiList<Stripe.Product> {
  const params = parseParams(listSchema, raw);
  const ids = params.ids ? new Set(params.ids) : null;
  const products = ctx.engine.store
    .all("product")
    .filter(
      (p) =>
        (params.active === undefined || p.active === params.active) &&
        (!ids || ids.has(p.id)) &&
        (params.shippable === undefined || p.shippable === params.shippable) &&
        (params.type === undefined || p.type === params.type) &&
        (params.url === undefined || p.url === params.url) &&
        inRange(p.created, params.created),
    );
  return paginate(products, params, ctx.path);
}

const noParams = obj({});

export const productRoutes: Route[] = [
  { method: "POST", path: "/v1/products", returns: "product", handle: (ctx, params) => createProduct(ctx, params) },
  { method: "GET", path: "/v1/products", returns: "list:product", handle: (ctx, params) => listProducts(ctx, params) },
  {
    method: "GET",
    path: "/v1/products/:id",
    returns: "product",
    handle: (ctx, params, { id }) => (parseParams(noParams, params), findOrThrow(ctx.engine, "product", id!)),
  },
  {
    method: "POST",
    path: "/v1/products/:id",
    returns: "product",
    handle: (ctx, params, { id }) => updateProduct(ctx, id!, params),
  },
  {
    method: "DELETE",
    path: "/v1/products/:id",
    returns: "product",
    handle: (ctx, params, { id }) => (parseParams(noParams, params), deleteProduct(ctx, id!)),
  },
];
