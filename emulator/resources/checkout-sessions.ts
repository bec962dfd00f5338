import type Stripe from "stripe";
import { z } from "zod";
import { newId, randomToken } from "../engine/ids";
import { lineAmount } from "../engine/money";
import { publishEvent } from "../engine/publish-event";
import { invalidRequest } from "../engine/stripe-error";
import type { RequestContext, Route } from "./context";
import { findOrThrow, idOf } from "./lookup";
import { paginate } from "./paginate";
import { bool, inRange, int, list, metadata, obj, oneOf, paginationShape, parseParams, range, str } from "./params";
import { cancelPaymentIntent } from "./payment-intents";
import { buildPrice, currency, decimal, markInline, mergeMetadata, savePrice } from "./prices";
import { buildProduct, saveProduct } from "./product-object";

const MIN_EXPIRY_SECONDS = 30 * 60;
const MAX_EXPIRY_SECONDS = 24 * 60 * 60;

const lineItemShape = z
  .object({
    price: str().optional(),
    price_data: obj({
      currency: currency(),
      product: str().optional(),
      product_data: obj({
        name: str(),
        description: str().optional(),
        images: list(str(2048), 8).optional(),
        metadata: metadata().optional(),
        tax_code: str().optional(),
        unit_label: str(12).optional(),
      }).optional(),
      recurring: obj({
        interval: oneOf(["day", "week", "month", "year"]),
        interval_count: int({ min: 1 }).optional(),
      }).optional(),
      tax_behavior: oneOf(["exclusive", "inclusive", "unspecified"]).optional(),
      unit_amount: int({ min: 0, max: 99_999_999 }).optional(),
      unit_amount_decimal: decimal().optional(),
    }).optional(),
    quantity: int({ min: 0, max: 999_999 }).optional(),
    adjustable_quantity: obj({ enabled: bool(), minimum: int().optional(), maximum: int().optional() }).optional(),
    metadata: metadata().optional(),
  })
  // The pre-2022 inline fields are gone from this API version; Stripe says so rather than "unknown".
  .catchall(z.unknown())
  .superRefine((item, issue) => {
    for (const key of Object.keys(item)) {
      if (LEGACY_LINE_ITEM_FIELDS.has(key)) {
        issue.addIssue({
          code: "custom",
          path: [key],
          message:
            "You cannot use `line_items.amount`, `line_items.currency`, `line_items.name`, `line_items.description`, or `line_items.images` in this API version. Please use `line_items.price` or `line_items.price_data`.",
        });
      } else if (!LINE_ITEM_FIELDS.has(key)) {
        issue.addIssue({ code: "unrecognized_keys", keys: [key], path: [], input: item });
      }
    }
  });

const LEGACY_LINE_ITEM_FIELDS = new Set(["amount", "currency", "name", "description", "images"]);
const LINE_ITEM_FIELDS = new Set(["price", "price_data", "quantity", "adjustable_quantity", "metadata"]);

// The languages Checkout can be shown in (Stripe's list; "auto" is the browser's). Anything else is a 400, as on
// Stripe: a misspelt locale should fail where it is written, not show a page in the wrong language.
const CHECKOUT_LOCALES = [
  "auto",
  "bg",
  "cs",
  "da",
  "de",
  "el",
  "en",
  "en-GB",
  "es",
  "es-419",
  "et",
  "fi",
  "fil",
  "fr",
  "fr-CA",
  "hi-IN",
  "hr",
  "hu",
  "id",
  "it",
  "ja",
  "ko",
  "lt",
  "lv",
  "ms",
  "mt",
  "nb",
  "nl",
  "pl",
  "pt",
  "pt-BR",
  "ro",
  "ru",
  "sk",
  "sl",
  "sv",
  "th",
  "tr",
  "vi",
  "zh",
  "zh-HK",
  "zh-TW",
] as const;

const createSchema = obj({
  mode: oneOf(["payment", "setup", "subscription"]).optional(),
  line_items: list(lineItemShape).optional(),
  ui_mode: oneOf(["hosted_page", "embedded_page", "elements", "form"]).optional(),
  success_url: str().optional(),
  cancel_url: str().optional(),
  return_url: str().optional(),
  redirect_on_completion: oneOf(["always", "if_required", "never"]).optional(),
  customer: str().optional(),
  customer_email: str().optional(),
  customer_creation: oneOf(["always", "if_required"]).optional(),
  client_reference_id: str(200).optional(),
  currency: currency().optional(),
  expires_at: int().optional(),
  metadata: metadata().optional(),
  locale: oneOf(CHECKOUT_LOCALES).optional(),
  submit_type: oneOf(["auto", "book", "donate", "pay", "subscribe"]).optional(),
  allow_promotion_codes: bool().optional(),
  billing_address_collection: oneOf(["auto", "required"]).optional(),
  phone_number_collection: obj({ enabled: bool() }).optional(),
  allowed_payment_method_types: list(str()).optional(),
  excluded_payment_method_types: list(str()).optional(),
  payment_intent_data: obj({
    metadata: metadata().optional(),
    capture_method: oneOf(["automatic", "automatic_async", "manual"]).optional(),
    description: str().optional(),
    receipt_email: str().optional(),
    setup_future_usage: oneOf(["on_session", "off_session"]).optional(),
    statement_descriptor: str(22).optional(),
    statement_descriptor_suffix: str(22).optional(),
  }).optional(),
  subscription_data: obj({
    trial_period_days: int({ min: 1, max: 730 }).optional(),
    trial_end: int().optional(),
    metadata: metadata().optional(),
    description: str().optional(),
  }).optional(),
  setup_intent_data: obj({ metadata: metadata().optional(), description: str().optional() }).optional(),
  after_expiration: obj({
    recovery: obj({ enabled: bool(), allow_promotion_codes: bool().optional() }).optional(),
  }).optional(),
});

type SessionParams = z.output<typeof createSchema>;

const listSchema = obj({
  ...paginationShape,
  status: oneOf(["open", "complete", "expired"]).optional(),
  payment_intent: str().optional(),
  subscription: str().optional(),
  customer: str().optional(),
  customer_details: obj({ email: str() }).optional(),
  payment_link: str().optional(),
  created: range().optional(),
});

const updateSchema = obj({ metadata: metadata().optional() });

/** Resolves one line item to a saved or inline price and computes its amounts in the session currency. */
function buildLineItem(
  ctx: RequestContext,
  item: z.output<typeof lineItemShape>,
  index: number,
  sessionCurrency: string | undefined,
  pending: { prices: Stripe.Price[]; products: Stripe.Product[] },
): Stripe.LineItem {
  const name = (field: string) => `line_items[${index}][${field}]`;
  if (item.price !== undefined && item.price_data !== undefined) {
    throw invalidRequest(
      `You may only specify one of these parameters: ${name("price")}, ${name("price_data")}.`,
      name("price_data"),
    );
  }
  if (item.quantity === undefined) {
    throw invalidRequest(`Missing required param: ${name("quantity")}.`, name("quantity"), "parameter_missing");
  }
  let price: Stripe.Price;
  let product: Stripe.Product;
  if (item.price !== undefined) {
    price = findOrThrow(ctx.engine, "price", item.price, name("price"));
    if (!price.active) {
      throw invalidRequest("The price specified is inactive. This field only accepts active prices.", name("price"));
    }
    product = findOrThrow(ctx.engine, "product", idOf(price.product), name("price"));
    if (!product.active) {
      throw invalidRequest(
        "The product specified is inactive. This field only accepts active products.",
        name("price"),
      );
    }
  } else if (item.price_data !== undefined) {
    const data = item.price_data;
    const field = (f: string) => `${name("price_data")}[${f}]`;
    if (data.product !== undefined && data.product_data !== undefined) {
      throw invalidRequest(
        `You may only specify one of these parameters: ${field("product")}, ${field("product_data")}.`,
        field("product_data"),
      );
    }
    if (data.product !== undefined) {
      product = findOrThrow(ctx.engine, "product", data.product, field("product"));
    } else if (data.product_data !== undefined) {
      product = buildProduct(ctx, data.product_data.name);
      product.description = data.product_data.description ?? null;
      product.images = data.product_data.images ?? [];
      product.metadata = data.product_data.metadata ?? {};
      pending.products.push(product);
    } else {
      throw invalidRequest(`Missing required param: ${field("product")}.`, field("product"), "parameter_missing");
    }
    price = buildPrice(ctx, data, product.id, field);
    pending.prices.push(price);
  } else {
    throw invalidRequest(`Missing required param: ${name("price")}.`, name("price"), "parameter_missing");
  }
  const chosen = sessionCurrency ?? price.currency;
  const option = price.currency_options?.[chosen];
  if (!option) {
    throw invalidRequest(
      `The price \`${price.id}\` does not have a currency option for \`${chosen}\`.`,
      sessionCurrency ? "currency" : name("price"),
    );
  }
  const amount = lineAmount(String(option.unit_amount_decimal), item.quantity);
  return {
    id: newId("li"),
    object: "item",
    adjustable_quantity: item.adjustable_quantity
      ? {
          enabled: item.adjustable_quantity.enabled,
          maximum: item.adjustable_quantity.maximum ?? null,
          minimum: item.adjustable_quantity.minimum ?? null,
        }
      : null,
    amount_discount: 0,
    amount_subtotal: amount,
    amount_tax: 0,
    amount_total: amount,
    currency: chosen,
    description: product.name,
    metadata: item.metadata ?? {},
    price: structuredClone(price),
    quantity: item.quantity,
  };
}

/** Checks the URL rules of each ui_mode. */
function checkUrls(params: SessionParams, uiMode: string): void {
  if (uiMode === "hosted_page") {
    if (params.return_url !== undefined) {
      throw invalidRequest(
        "`return_url` is only supported with `ui_mode=embedded_page`; use `success_url`.",
        "return_url",
      );
    }
    if (params.success_url === undefined) {
      throw invalidRequest("Missing required param: success_url.", "success_url", "parameter_missing");
    }
    return;
  }
  for (const field of ["success_url", "cancel_url"] as const) {
    if (params[field] !== undefined) {
      throw invalidRequest(`\`${field}\` is not supported with \`ui_mode=embedded_page\`; use \`return_url\`.`, field);
    }
  }
  if (params.return_url === undefined && params.redirect_on_completion !== "never") {
    throw invalidRequest("Missing required param: return_url.", "return_url", "parameter_missing");
  }
}

function checkModeAgainstPrices(mode: string, items: Stripe.LineItem[]): void {
  const recurring = items.filter((li) => li.price?.recurring);
  if (mode === "subscription" && recurring.length === 0) {
    throw invalidRequest(
      "You must provide at least one recurring price in `subscription` mode when using prices.",
      "line_items",
    );
  }
  if (mode === "payment" && recurring.length > 0) {
    throw invalidRequest(
      "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.",
      "line_items",
    );
  }
  const intervals = new Set(
    recurring.map((li) => `${li.price!.recurring!.interval}/${li.price!.recurring!.interval_count}`),
  );
  if (intervals.size > 1) {
    throw invalidRequest(
      "All prices on a subscription must have the same `recurring.interval` and `recurring.interval_count`.",
      "line_items",
    );
  }
}

function createSession(ctx: RequestContext, raw: unknown): Stripe.Checkout.Session {
  const params = parseParams(createSchema, raw);
  const now = ctx.engine.clock.now();
  if (params.mode === undefined) throw invalidRequest("Missing required param: mode.", "mode", "parameter_missing");
  const mode = params.mode;
  const uiMode = params.ui_mode ?? "hosted_page";
  if (uiMode !== "hosted_page" && uiMode !== "embedded_page") {
    throw invalidRequest(`The emulator supports ui_mode hosted_page and embedded_page, not ${uiMode}.`, "ui_mode");
  }
  checkUrls(params, uiMode);
  if (params.customer !== undefined && params.customer_email !== undefined) {
    throw invalidRequest("You may only specify one of these parameters: customer, customer_email.", "customer_email");
  }
  const customer =
    params.customer !== undefined ? findOrThrow(ctx.engine, "customer", params.customer, "customer") : null;
  if (params.payment_intent_data && mode !== "payment") {
    throw invalidRequest(`You can not pass \`payment_intent_data\` in \`${mode}\` mode.`, "payment_intent_data");
  }
  if (params.subscription_data && mode !== "subscription") {
    throw invalidRequest(`You can not pass \`subscription_data\` in \`${mode}\` mode.`, "subscription_data");
  }
  if (params.setup_intent_data && mode !== "setup") {
    throw invalidRequest(`You can not pass \`setup_intent_data\` in \`${mode}\` mode.`, "setup_intent_data");
  }
  const expiresAt = params.expires_at ?? now + MAX_EXPIRY_SECONDS;
  if (expiresAt < now + MIN_EXPIRY_SECONDS || expiresAt > now + MAX_EXPIRY_SECONDS) {
    throw invalidRequest(
      "The `expires_at` timestamp must be at least 30 minutes and at most 24 hours after the Checkout Session is created.",
      "expires_at",
    );
  }

  const pending = { prices: [] as Stripe.Price[], products: [] as Stripe.Product[] };
  let items: Stripe.LineItem[] = [];
  if (mode === "setup") {
    if (params.line_items?.length) throw invalidRequest("`line_items` cannot be used in `setup` mode.", "line_items");
  } else {
    if (!params.line_items?.length)
      throw invalidRequest("Missing required param: line_items.", "line_items", "parameter_missing");
    const first = params.line_items[0]!;
    const firstCurrency =
      first.price_data?.currency ?? (first.price ? ctx.engine.store.get("price", first.price)?.currency : undefined);
    const sessionCurrency = params.currency ?? firstCurrency;
    items = params.line_items.map((item, i) => buildLineItem(ctx, item, i, sessionCurrency, pending));
    checkModeAgainstPrices(mode, items);
  }

  // Everything is valid: only now does anything get saved.
  for (const product of pending.products) saveProduct(ctx, product);
  for (const price of pending.prices) {
    markInline(ctx, price);
    savePrice(ctx, price);
  }
  const id = `cs_test_${randomToken(58)}`;
  // With a trial, the plan costs nothing today: the totals are what the first invoice charges (a setup fee).
  const trial = Boolean(params.subscription_data?.trial_period_days ?? params.subscription_data?.trial_end);
  const subtotal = items
    .filter((li) => !(trial && li.price?.recurring))
    .reduce((sum, li) => sum + li.amount_subtotal, 0);
  const session: Stripe.Checkout.Session = {
    id,
    object: "checkout.session",
    adaptive_pricing: { enabled: false },
    after_expiration: params.after_expiration?.recovery
      ? {
          recovery: {
            allow_promotion_codes: params.after_expiration.recovery.allow_promotion_codes ?? false,
            enabled: params.after_expiration.recovery.enabled,
            expires_at: null,
            url: null,
          },
        }
      : null,
    allow_promotion_codes: params.allow_promotion_codes ?? null,
    allowed_payment_method_types: params.allowed_payment_method_types ?? null,
    amount_subtotal: mode === "setup" ? null : subtotal,
    amount_total: mode === "setup" ? null : subtotal,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: params.billing_address_collection ?? null,
    cancel_url: params.cancel_url ?? null,
    client_reference_id: params.client_reference_id ?? null,
    client_secret: uiMode === "embedded_page" ? `${id}_secret_${randomToken(24)}` : null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: now,
    currency: items[0]?.currency ?? params.currency ?? null,
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: customer?.id ?? null,
    customer_account: null,
    customer_creation: mode === "subscription" ? null : (params.customer_creation ?? "if_required"),
    customer_details: customer
      ? {
          address: null,
          business_name: null,
          email: customer.email,
          individual_name: null,
          name: customer.name ?? null,
          phone: null,
          tax_exempt: "none",
          tax_ids: null,
        }
      : null,
    customer_email: params.customer_email ?? null,
    discounts: [],
    expires_at: expiresAt,
    integration_identifier: null,
    invoice: null,
    invoice_creation: mode === "payment" ? { enabled: false, invoice_data: emptyInvoiceData() } : null,
    livemode: false,
    locale: params.locale ?? null,
    managed_payments: null,
    metadata: params.metadata ?? {},
    mode,
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: mode === "subscription" ? "always" : null,
    payment_method_configuration_details: null,
    payment_method_options: { card: { request_three_d_secure: "automatic" } },
    payment_method_types: ["card"],
    payment_status: mode === "setup" ? "no_payment_required" : "unpaid",
    permissions: null,
    phone_number_collection: { enabled: params.phone_number_collection?.enabled ?? false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: "open",
    submit_type: params.submit_type ?? null,
    subscription: null,
    success_url: params.success_url ?? null,
    total_details: mode === "setup" ? null : { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: uiMode,
    url: uiMode === "hosted_page" ? `${ctx.engine.config.baseUrl}/c/pay/${id}` : null,
    wallet_options: null,
  };
  if (params.return_url !== undefined) session.return_url = params.return_url;
  if (uiMode === "embedded_page") session.redirect_on_completion = params.redirect_on_completion ?? "always";
  ctx.engine.store.put("checkout.session", session);
  ctx.engine.store.internal.sessionLineItems[id] = items;
  ctx.engine.store.internal.sessionTerms[id] = {
    payment_intent_data: params.payment_intent_data,
    subscription_data: params.subscription_data,
    setup_intent_data: params.setup_intent_data,
  };
  ctx.engine.store.touch();
  return session;
}

function emptyInvoiceData(): Stripe.Checkout.Session.InvoiceCreation.InvoiceData {
  return {
    account_tax_ids: null,
    custom_fields: null,
    description: null,
    footer: null,
    issuer: null,
    metadata: null,
    rendering_options: null,
  };
}

/** Ends an open session unpaid, through the API or when `expires_at` has passed. */
export function expireSession(ctx: RequestContext, session: Stripe.Checkout.Session): Stripe.Checkout.Session {
  if (session.status !== "open") {
    throw invalidRequest(
      `Only Checkout Sessions with a status in ["open"] can be expired. This session has status "${session.status}".`,
      undefined,
      "checkout_session_not_open",
    );
  }
  const attempt = ctx.engine.store.internal.checkoutAttempts[session.id];
  const pi = attempt?.payment_intent ? ctx.engine.store.get("payment_intent", attempt.payment_intent) : undefined;
  if (pi && pi.status !== "succeeded" && pi.status !== "canceled" && pi.status !== "processing") {
    cancelPaymentIntent(ctx, pi, "automatic");
  }
  session.status = "expired";
  session.url = null;
  const recovery = session.after_expiration?.recovery;
  if (recovery?.enabled) {
    recovery.url = `${ctx.engine.config.baseUrl}/c/pay/${session.id}?recover=1`;
    recovery.expires_at = ctx.engine.clock.now() + 30 * 24 * 60 * 60;
  }
  delete ctx.engine.store.internal.checkoutAttempts[session.id];
  ctx.engine.store.put("checkout.session", session);
  publishEvent(ctx.engine, "checkout.session.expired", session, ctx.request);
  return session;
}

function listSessions(ctx: RequestContext, raw: unknown): Stripe.ApiList<Stripe.Checkout.Session> {
  const params = parseParams(listSchema, raw);
  const sessions = ctx.engine.store
    .all("checkout.session")
    .filter(
      (s) =>
        (params.status === undefined || s.status === params.status) &&
        (params.payment_intent === undefined || s.payment_intent === params.payment_intent) &&
        (params.subscription === undefined || s.subscription === params.subscription) &&
        (params.customer === undefined || s.customer === params.customer) &&
        (params.customer_details === undefined || s.customer_details?.email === params.customer_details.email) &&
        (params.payment_link === undefined || s.payment_link === params.payment_link) &&
        inRange(s.created, params.created),
    );
  return paginate(sessions, params, ctx.path);
}

function listLineItems(ctx: RequestContext, id: string, raw: unknown): Stripe.ApiList<Stripe.LineItem> {
  const params = parseParams(obj(paginationShape), raw);
  findOrThrow(ctx.engine, "checkout.session", id);
  const items = ctx.engine.store.internal.sessionLineItems[id] ?? [];
  // Line items keep the order they were given in; paginate lists newest first, so hand them reversed.
  return paginate([...items].reverse(), params, ctx.path);
}

function updateSession(ctx: RequestContext, id: string, raw: unknown): Stripe.Checkout.Session {
  const session = findOrThrow(ctx.engine, "checkout.session", id);
  const params = parseParams(updateSchema, raw);
  if (params.metadata !== undefined) session.metadata = mergeMetadata(session.metadata, raw, params.metadata);
  ctx.engine.store.put("checkout.session", session);
  return session;
}

export const checkoutSessionRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/checkout/sessions",
    returns: "checkout.session",
    handle: (ctx, p) => createSession(ctx, p),
  },
  {
    method: "GET",
    path: "/v1/checkout/sessions",
    returns: "list:checkout.session",
    handle: (ctx, p) => listSessions(ctx, p),
  },
  {
    method: "GET",
    path: "/v1/checkout/sessions/:id",
    returns: "checkout.session",
    handle: (ctx, p, { id }) => (parseParams(obj({}), p), findOrThrow(ctx.engine, "checkout.session", id!)),
  },
  {
    method: "POST",
    path: "/v1/checkout/sessions/:id",
    returns: "checkout.session",
    handle: (ctx, p, { id }) => updateSession(ctx, id!, p),
  },
  {
    method: "POST",
    path: "/v1/checkout/sessions/:id/expire",
    returns: "checkout.session",
    handle: (ctx, p, { id }) => (
      parseParams(obj({}), p),
      expireSession(ctx, findOrThrow(ctx.engine, "checkout.session", id!))
    ),
  },
  {
    method: "GET",
    path: "/v1/checkout/sessions/:id/line_items",
    returns: "list:item",
    handle: (ctx, p, { id }) => listLineItems(ctx, id!, p),
  },
];
