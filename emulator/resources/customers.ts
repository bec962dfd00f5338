import type Stripe from "stripe";
import { newId } from "../engine/ids";
import { changedFields, publishEvent } from "../engine/publish-event";
import { invalidRequest } from "../engine/stripe-error";
import type { RequestContext, Route } from "./context";
import { findOrThrow } from "./lookup";
import { paginate } from "./paginate";
import { emptyable, inRange, metadata, obj, paginationShape, parseParams, range, str } from "./params";
import { attachPaymentMethod, resolvePaymentMethod } from "./payment-methods";
import { mergeMetadata } from "./prices";
import { endSubscription } from "./subscriptions";
import { checkClockHasRoom } from "./test-clocks";

const invoiceSettings = obj({ default_payment_method: emptyable(str()).optional() });

const createSchema = obj({
  email: str(512).optional(),
  name: str(256).optional(),
  description: str().optional(),
  phone: str(20).optional(),
  metadata: metadata().optional(),
  payment_method: str().optional(),
  invoice_settings: invoiceSettings.optional(),
  preferred_locales: emptyable(str().array()).optional(),
  test_clock: str().optional(),
});

const updateSchema = obj({
  email: emptyable(str(512)).optional(),
  name: emptyable(str(256)).optional(),
  description: emptyable(str()).optional(),
  phone: emptyable(str(20)).optional(),
  metadata: metadata().optional(),
  invoice_settings: invoiceSettings.optional(),
  preferred_locales: emptyable(str().array()).optional(),
});

const ENDED = new Set(["canceled", "incomplete_expired"]);

const listSchema = obj({
  ...paginationShape,
  email: str(512).optional(),
  created: range().optional(),
  test_clock: str().optional(),
});

export function buildCustomer(
  ctx: RequestContext,
  fields: { email?: string | null; name?: string | null },
): Stripe.Customer {
  return {
    id: newId("cus", 14),
    object: "customer",
    address: null,
    balance: 0,
    created: ctx.engine.clock.now(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: null,
    discount: null,
    email: fields.email ?? null,
    invoice_prefix: newId("", 8).slice(1).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: {},
    name: fields.name ?? null,
    next_invoice_sequence: 1,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
}

export function saveCustomer(ctx: RequestContext, customer: Stripe.Customer): Stripe.Customer {
  ctx.engine.store.put("customer", customer);
  publishEvent(ctx.engine, "customer.created", customer, ctx.request);
  return customer;
}

/** The customer's default payment method must be one attached to them. */
function checkDefaultPaymentMethod(ctx: RequestContext, customerId: string, pmId: string): void {
  const pm = findOrThrow(ctx.engine, "payment_method", pmId, "invoice_settings[default_payment_method]");
  if (pm.customer !== customerId) {
    throw invalidRequest(
      `The customer does not have a payment method with the ID ${pmId}. The payment method must be attached to the customer.`,
      "invoice_settings[default_payment_method]",
      "resource_missing",
    );
  }
}

function createCustomer(ctx: RequestContext, raw: unknown): Stripe.Customer {
  const params = parseParams(createSchema, raw);
  const pm = params.payment_method ? resolvePaymentMethod(ctx, params.payment_method, "payment_method") : null;
  const clock = params.test_clock ? checkClockHasRoom(ctx, params.test_clock) : null;
  const customer = buildCustomer(ctx, params);
  if (clock) {
    // A customer on a test clock lives in its time from the start.
    customer.test_clock = clock.id;
    customer.created = clock.frozen_time;
  }
  customer.description = params.description ?? null;
  customer.phone = params.phone ?? null;
  customer.metadata = params.metadata ?? {};
  customer.preferred_locales = params.preferred_locales ?? [];
  saveCustomer(ctx, customer);
  if (pm) attachPaymentMethod(ctx, pm, customer.id, "payment_method");
  const defaultPm = params.invoice_settings?.default_payment_method;
  if (defaultPm) {
    checkDefaultPaymentMethod(ctx, customer.id, defaultPm);
    customer.invoice_settings.default_payment_method = defaultPm;
    ctx.engine.store.put("customer", customer);
  }
  return customer;
}

function updateCustomer(ctx: RequestContext, id: string, raw: unknown): Stripe.Customer {
  const customer = findOrThrow(ctx.engine, "customer", id);
  const params = parseParams(updateSchema, raw);
  const defaultPm = params.invoice_settings?.default_payment_method;
  if (defaultPm) checkDefaultPaymentMethod(ctx, id, defaultPm);
  const before = structuredClone(customer);
  if (params.email !== undefined) customer.email = params.email;
  if (params.name !== undefined) customer.name = params.name;
  if (params.description !== undefined) customer.description = params.description;
  if (params.phone !== undefined) customer.phone = params.phone;
  if (params.preferred_locales !== undefined) customer.preferred_locales = params.preferred_locales ?? [];
  if (params.metadata !== undefined) customer.metadata = mergeMetadata(customer.metadata, raw, params.metadata);
  if (defaultPm !== undefined) {
    customer.invoice_settings = { ...customer.invoice_settings, default_payment_method: defaultPm };
  }
  ctx.engine.store.put("customer", customer);
  publishEvent(ctx.engine, "customer.updated", customer, ctx.request, changedFields(before, customer));
  return customer;
}

/** Deleting a customer ends their live subscriptions at once (as Stripe does), then removes them. */
export function deleteCustomer(ctx: RequestContext, id: string): Stripe.DeletedCustomer {
  const customer = findOrThrow(ctx.engine, "customer", id);
  for (const sub of ctx.engine.store.all("subscription")) {
    if (sub.customer === customer.id && !ENDED.has(sub.status)) {
      endSubscription(ctx, sub, { reason: "cancellation_requested" });
    }
  }
  ctx.engine.store.remove("customer", id);
  ctx.engine.store.internal.deletedCustomers[id] = true;
  ctx.engine.store.touch();
  publishEvent(ctx.engine, "customer.deleted", customer, ctx.request);
  return { id, object: "customer", deleted: true };
}

function retrieveCustomer(ctx: RequestContext, id: string): Stripe.Customer | Stripe.DeletedCustomer {
  if (ctx.engine.store.internal.deletedCustomers[id]) return { id, object: "customer", deleted: true };
  return findOrThrow(ctx.engine, "customer", id);
}

function listCustomers(ctx: RequestContext, raw: unknown): Stripe.ApiList<Stripe.Customer> {
  const params = parseParams(listSchema, raw);
  const customers = ctx.engine.store
    .all("customer")
    .filter(
      (c) =>
        (params.email === undefined || c.email === params.email) &&
        (params.test_clock === undefined || c.test_clock === params.test_clock) &&
        inRange(c.created, params.created),
    );
  return paginate(customers, params, ctx.path);
}

export const customerRoutes: Route[] = [
  { method: "POST", path: "/v1/customers", returns: "customer", handle: (ctx, p) => createCustomer(ctx, p) },
  { method: "GET", path: "/v1/customers", returns: "list:customer", handle: (ctx, p) => listCustomers(ctx, p) },
  {
    method: "GET",
    path: "/v1/customers/:id",
    returns: "customer",
    handle: (ctx, p, { id }) => (parseParams(obj({}), p), retrieveCustomer(ctx, id!)),
  },
  {
    method: "POST",
    path: "/v1/customers/:id",
    returns: "customer",
    handle: (ctx, p, { id }) => updateCustomer(ctx, id!, p),
  },
  {
    method: "DELETE",
    path: "/v1/customers/:id",
    returns: "customer",
    handle: (ctx, p, { id }) => (parseParams(obj({}), p), deleteCustomer(ctx, id!)),
  },
];
