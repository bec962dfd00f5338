import type Stripe from "stripe";
import { z } from "zod";
import { newId } from "../engine/ids";
import { integralAmount, MAX_DECIMAL_PLACES, normalizeDecimal, parseDecimal } from "../engine/money";
import { changedFields, publishEvent } from "../engine/publish-event";
import { invalidRequest, StripeApiError } from "../engine/stripe-error";
import type { RequestContext, Route } from "./context";
import { findOrThrow, wireDecimal } from "./lookup";
import { paginate } from "./paginate";
import { buildProduct, saveProduct } from "./product-object";
import { bool, inRange, int, list, metadata, obj, oneOf, paginationShape, parseParams, range, str } from "./params";

export const currency = () =>
  z
    .string({ error: "Invalid currency: {param}" })
    .regex(/^[a-zA-Z]{3}$/, { error: (iss) => `Invalid currency: ${String(iss.input).toLowerCase()}` })
    .transform((c) => c.toLowerCase());

export const decimal = () =>
  str().refine((v) => parseDecimal(v) !== null, { error: (iss) => `Invalid decimal: ${String(iss.input)}` });

const taxBehavior = () => oneOf(["exclusive", "inclusive", "unspecified"]);

export const recurringShape = obj({
  interval: oneOf(["day", "week", "month", "year"]),
  interval_count: int({ min: 1, max: 365 }).optional(),
  usage_type: oneOf(["licensed"]).optional(),
  trial_period_days: int({ min: 0 }).optional(),
});

const currencyOption = obj({
  unit_amount: int({ min: 0 }).optional(),
  unit_amount_decimal: decimal().optional(),
  tax_behavior: taxBehavior().optional(),
});

const currencyOptions = () => z.record(z.string().regex(/^[a-z]{3}$/), currencyOption, { error: "Invalid hash" });

/** The price fields shared by `POST /v1/prices`, `default_price_data` and Checkout's `price_data`. */
export const priceDataShape = {
  currency: currency(),
  unit_amount: int({ min: 0, max: 99_999_999 }).optional(),
  unit_amount_decimal: decimal().optional(),
  recurring: recurringShape.optional(),
  currency_options: currencyOptions().optional(),
  tax_behavior: taxBehavior().optional(),
};

const createSchema = obj({
  ...priceDataShape,
  product: str().optional(),
  product_data: obj({
    name: str(),
    id: str().optional(),
    active: bool().optional(),
    metadata: metadata().optional(),
    statement_descriptor: str(22).optional(),
    tax_code: str().optional(),
    unit_label: str(12).optional(),
  }).optional(),
  active: bool().optional(),
  billing_scheme: oneOf(["per_unit"]).optional(),
  lookup_key: str(200).optional(),
  transfer_lookup_key: bool().optional(),
  nickname: str().optional(),
  metadata: metadata().optional(),
});

/** Stripe lets only these change on a price; the amount is fixed for life. */
const updateSchema = obj({
  active: bool().optional(),
  currency_options: currencyOptions().optional(),
  lookup_key: str(200).optional(),
  transfer_lookup_key: bool().optional(),
  metadata: metadata().optional(),
  nickname: z.union([z.literal(""), str()]).optional(),
  tax_behavior: taxBehavior().optional(),
});

const listSchema = obj({
  ...paginationShape,
  active: bool().optional(),
  currency: currency().optional(),
  product: str().optional(),
  type: oneOf(["one_time", "recurring"]).optional(),
  lookup_keys: list(str(), 10).optional(),
  recurring: obj({
    interval: oneOf(["day", "week", "month", "year"]).optional(),
    usage_type: oneOf(["licensed", "metered"]).optional(),
  }).optional(),
  created: range().optional(),
});

export type PriceData = {
  currency: string;
  unit_amount?: number;
  unit_amount_decimal?: string;
  recurring?: z.output<typeof recurringShape>;
  currency_options?: z.output<ReturnType<typeof currencyOptions>>;
  tax_behavior?: Stripe.Price.TaxBehavior;
};

/** Names a field inside the parameter the data came in, e.g. `line_items[0][price_data][currency]`. */
export type ParamName = (field: string) => string;
const topLevel: ParamName = (field) => field;

/** The amount as (integral-or-null, exact decimal string), from whichever of the two was given. */
function amountOf(data: { unit_amount?: number; unit_amount_decimal?: string }, name: ParamName) {
  if (data.unit_amount !== undefined && data.unit_amount_decimal !== undefined) {
    throw invalidRequest(
      `You may only specify one of these parameters: ${name("unit_amount")}, ${name("unit_amount_decimal")}.`,
      name("unit_amount_decimal"),
    );
  }
  if (data.unit_amount !== undefined) return { unit_amount: data.unit_amount, decimal: String(data.unit_amount) };
  if (data.unit_amount_decimal === undefined) {
    throw invalidRequest(`Missing required param: ${name("unit_amount")}.`, name("unit_amount"), "parameter_missing");
  }
  if (parseDecimal(data.unit_amount_decimal)!.scale > MAX_DECIMAL_PLACES) {
    throw invalidRequest(
      `Invalid decimal: ${data.unit_amount_decimal}; must contain at maximum ${MAX_DECIMAL_PLACES} decimal places.`,
      name("unit_amount_decimal"),
    );
  }
  const decimalText = normalizeDecimal(data.unit_amount_decimal);
  return { unit_amount: integralAmount(decimalText), decimal: decimalText };
}

function buildCurrencyOptions(
  main: {
    currency: string;
    unit_amount: number | null;
    decimal: string;
    tax_behavior: Stripe.Price.TaxBehavior | null;
  },
  options: PriceData["currency_options"],
  name: ParamName,
): Record<string, Stripe.Price.CurrencyOptions> {
  const out: Record<string, Stripe.Price.CurrencyOptions> = {
    [main.currency]: {
      custom_unit_amount: null,
      tax_behavior: main.tax_behavior,
      unit_amount: main.unit_amount,
      unit_amount_decimal: wireDecimal(main.decimal),
    },
  };
  for (const [cur, option] of Object.entries(options ?? {})) {
    const amount = amountOf(option, (field) => `${name("currency_options")}[${cur}][${field}]`);
    out[cur] = {
      custom_unit_amount: null,
      tax_behavior: option.tax_behavior ?? main.tax_behavior,
      unit_amount: amount.unit_amount,
      unit_amount_decimal: wireDecimal(amount.decimal),
    };
  }
  return out;
}

/**
 * Validates and builds a price without saving it, so a request that fails later changes nothing.
 * `name` gives error params their full name when the data is nested (`line_items[0][price_data]`).
 */
export function buildPrice(ctx: RequestContext, data: PriceData, product: string, name = topLevel): Stripe.Price {
  const amount = amountOf(data, name);
  const tax_behavior = data.tax_behavior ?? "unspecified";
  const price: Stripe.Price = {
    id: newId("price"),
    object: "price",
    active: true,
    billing_scheme: "per_unit",
    created: ctx.engine.clock.now(),
    currency: data.currency,
    currency_options: buildCurrencyOptions(
      { currency: data.currency, unit_amount: amount.unit_amount, decimal: amount.decimal, tax_behavior },
      data.currency_options,
      name,
    ),
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product,
    recurring: data.recurring
      ? {
          interval: data.recurring.interval,
          interval_count: data.recurring.interval_count ?? 1,
          meter: null,
          trial_period_days: data.recurring.trial_period_days ?? null,
          usage_type: "licensed",
        }
      : null,
    tax_behavior,
    tiers_mode: null,
    transform_quantity: null,
    type: data.recurring ? "recurring" : "one_time",
    unit_amount: amount.unit_amount,
    unit_amount_decimal: wireDecimal(amount.decimal),
  };
  return price;
}

/** Saves a price built by `buildPrice` and announces it. */
export function savePrice(ctx: RequestContext, price: Stripe.Price): Stripe.Price {
  ctx.engine.store.put("price", price);
  publishEvent(ctx.engine, "price.created", price, ctx.request);
  return price;
}

/** Prices created inline (Checkout `price_data`) exist but are not listed, as at Stripe. */
export function markInline(ctx: RequestContext, price: Stripe.Price): void {
  price.active = false;
  ctx.engine.store.internal.inlinePrices[price.id] = true;
  ctx.engine.store.touch();
}

/** The price already holding a lookup key, if any. */
function holderOf(ctx: RequestContext, key: string): Stripe.Price | undefined {
  return ctx.engine.store.all("price").find((p) => p.lookup_key === key);
}

/** Checks a lookup key is free (or may be taken over) and returns the price to take it from. */
function claimLookupKey(ctx: RequestContext, key: string, transfer: boolean, self?: string): Stripe.Price | undefined {
  const holder = holderOf(ctx, key);
  if (!holder || holder.id === self) return undefined;
  if (!transfer) {
    throw new StripeApiError(
      400,
      "invalid_request_error",
      `A price (\`${holder.id}\`) already uses that lookup key. Set \`transfer_lookup_key\` to move it to this price.`,
      { param: "lookup_key", code: "resource_already_exists" },
    );
  }
  return holder;
}

/** Moves a lookup key away from its old price, announcing the change there. */
function releaseLookupKey(ctx: RequestContext, holder: Stripe.Price | undefined): void {
  if (!holder) return;
  const before = { ...holder };
  holder.lookup_key = null;
  ctx.engine.store.put("price", holder);
  publishEvent(ctx.engine, "price.updated", holder, ctx.request, changedFields(before, holder));
}

function createPrice(ctx: RequestContext, raw: unknown): Stripe.Price {
  const params = parseParams(createSchema, raw);
  if (params.product !== undefined && params.product_data !== undefined) {
    throw invalidRequest("You may only specify one of these parameters: product, product_data.", "product_data");
  }
  if (params.product === undefined && params.product_data === undefined) {
    throw invalidRequest("Missing required param: product.", "product", "parameter_missing");
  }
  if (params.product !== undefined) findOrThrow(ctx.engine, "product", params.product, "product");
  const holder = params.lookup_key
    ? claimLookupKey(ctx, params.lookup_key, params.transfer_lookup_key ?? false)
    : undefined;
  const productId = params.product ?? params.product_data?.id ?? newId("prod", 14);
  const price = buildPrice(ctx, params, productId);
  price.active = params.active ?? true;
  price.lookup_key = params.lookup_key ?? null;
  price.nickname = params.nickname ?? null;
  price.metadata = params.metadata ?? {};
  if (params.product_data) {
    const d = params.product_data;
    saveProduct(ctx, {
      ...buildProduct(ctx, d.name, productId),
      active: d.active ?? true,
      metadata: d.metadata ?? {},
      statement_descriptor: d.statement_descriptor ?? null,
      tax_code: d.tax_code ?? null,
      unit_label: d.unit_label ?? null,
    });
  }
  releaseLookupKey(ctx, holder);
  return savePrice(ctx, price);
}

function updatePrice(ctx: RequestContext, id: string, raw: unknown): Stripe.Price {
  const price = findOrThrow(ctx.engine, "price", id);
  const params = parseParams(updateSchema, raw);
  const holder = params.lookup_key
    ? claimLookupKey(ctx, params.lookup_key, params.transfer_lookup_key ?? false, id)
    : undefined;
  const before = structuredClone(price);
  if (params.currency_options) {
    const current = buildCurrencyOptions(
      {
        currency: price.currency,
        unit_amount: price.unit_amount,
        decimal: String(price.unit_amount_decimal),
        tax_behavior: price.tax_behavior,
      },
      params.currency_options,
      topLevel,
    );
    price.currency_options = { ...price.currency_options, ...current };
  }
  if (params.active !== undefined) price.active = params.active;
  if (params.lookup_key !== undefined) price.lookup_key = params.lookup_key === "" ? null : params.lookup_key;
  if (params.metadata !== undefined) price.metadata = mergeMetadata(price.metadata, raw, params.metadata);
  if (params.nickname !== undefined) price.nickname = params.nickname === "" ? null : params.nickname;
  if (params.tax_behavior !== undefined) price.tax_behavior = params.tax_behavior;
  releaseLookupKey(ctx, holder);
  ctx.engine.store.put("price", price);
  publishEvent(ctx.engine, "price.updated", price, ctx.request, changedFields(before, price));
  return price;
}

/**
 * Stripe merges metadata on update: given keys are set, keys sent empty are removed, and `metadata=""`
 * clears everything.
 */
export function mergeMetadata(
  current: Stripe.Metadata | null,
  raw: unknown,
  given: Record<string, string>,
): Stripe.Metadata {
  if ((raw as { metadata?: unknown }).metadata === "") return {};
  const merged: Stripe.Metadata = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(given)) {
    if (value === "") delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

function listPrices(ctx: RequestContext, raw: unknown): Stripe.ApiList<Stripe.Price> {
  const params = parseParams(listSchema, raw);
  const inline = ctx.engine.store.internal.inlinePrices;
  const keys = params.lookup_keys ? new Set(params.lookup_keys) : null;
  const prices = ctx.engine.store
    .all("price")
    .filter(
      (p) =>
        !inline[p.id] &&
        (params.active === undefined || p.active === params.active) &&
        (params.currency === undefined || p.currency === params.currency) &&
        (params.product === undefined || p.product === params.product) &&
        (params.type === undefined || p.type === params.type) &&
        (!keys || (p.lookup_key !== null && keys.has(p.lookup_key))) &&
        (params.recurring?.interval === undefined || p.recurring?.interval === params.recurring.interval) &&
        (params.recurring?.usage_type === undefined || p.recurring?.usage_type === params.recurring.usage_type) &&
        inRange(p.created, params.created),
    );
  return paginate(prices, params, ctx.path);
}

export const priceRoutes: Route[] = [
  { method: "POST", path: "/v1/prices", returns: "price", handle: (ctx, params) => createPrice(ctx, params) },
  { method: "GET", path: "/v1/prices", returns: "list:price", handle: (ctx, params) => listPrices(ctx, params) },
  {
    method: "GET",
    path: "/v1/prices/:id",
    returns: "price",
    handle: (ctx, params, { id }) => (parseParams(obj({}), params), findOrThrow(ctx.engine, "price", id!)),
  },
  {
    method: "POST",
    path: "/v1/prices/:id",
    returns: "price",
    handle: (ctx, params, { id }) => updatePrice(ctx, id!, params),
  },
];
