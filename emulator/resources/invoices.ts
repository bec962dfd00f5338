import type Stripe from "stripe";
import { newId } from "../engine/ids";
import { publishEvent } from "../engine/publish-event";
import type { RequestContext, Route } from "./context";
import { findOrThrow, wireDecimal, idOf } from "./lookup";
import { paginate } from "./paginate";
import { inRange, obj, oneOf, paginationShape, parseParams, range, str } from "./params";
import { nowFor } from "./clock-time";
import { payInvoice } from "./pay-invoice";
import { buildPaymentIntent, cancelPaymentIntent, savePaymentIntent } from "./payment-intents";

/** One line of a subscription invoice. */
export interface InvoiceLine {
  price: Stripe.Price;
  quantity: number;
  amount: number;
  subscriptionItem: string | null;
  description: string;
}

const listSchema = obj({
  ...paginationShape,
  customer: str().optional(),
  subscription: str().optional(),
  status: oneOf(["draft", "open", "paid", "uncollectible", "void"]).optional(),
  created: range().optional(),
});

const paymentListSchema = obj({
  ...paginationShape,
  invoice: str().optional(),
  payment: obj({ payment_intent: str().optional(), type: oneOf(["payment_intent"]).optional() }).optional(),
  status: oneOf(["canceled", "open", "paid"]).optional(),
});

/** Stripe finalizes (and charges) a renewal invoice this long after creating it as a draft. */
export const DRAFT_FINALIZE_SECONDS = 60 * 60;

/**
 * A subscription invoice. The first invoice of a subscription is finalized at once; renewal and trial-end
 * invoices (`draft: true`) stay drafts for an hour (`automatically_finalizes_at`), as at Stripe, and are
 * finalized and charged by the subscription's timeline. Nothing is announced yet: callers publish.
 */
export function createInvoice(
  ctx: RequestContext,
  sub: Stripe.Subscription,
  reason: Stripe.Invoice.BillingReason,
  lines: InvoiceLine[],
  period: { start: number; end: number },
  options: { draft?: boolean } = {},
): { invoice: Stripe.Invoice; pi: Stripe.PaymentIntent | null } {
  const now = nowFor(ctx, sub.customer);
  const customer = findOrThrow(ctx.engine, "customer", idOf(sub.customer));
  const id = newId("in");
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const invoice: Stripe.Invoice = {
    id,
    object: "invoice",
    account_country: "US",
    account_name: ctx.engine.config.businessName,
    account_tax_ids: null,
    amount_due: total,
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: total,
    amount_shipping: 0,
    application: null,
    attempt_count: 0,
    attempted: false,
    auto_advance: total > 0 || options.draft === true,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: reason,
    collection_method: "charge_automatically",
    confirmation_secret: null,
    created: now,
    currency: sub.currency,
    custom_fields: null,
    customer: customer.id,
    customer_account: null,
    customer_address: null,
    customer_email: customer.email,
    customer_name: customer.name ?? null,
    customer_phone: customer.phone ?? null,
    customer_shipping: null,
    customer_tax_exempt: "none",
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: null,
    ending_balance: null,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    lines: {
      object: "list",
      data: lines.map((line) => invoiceLine(ctx, id, sub, line, period)),
      has_more: false,
      url: `/v1/invoices/${id}/lines`,
    },
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number: null,
    on_behalf_of: null,
    parent: {
      type: "subscription_details",
      quote_details: null,
      subscription_details: { metadata: sub.metadata, subscription: sub.id },
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: period.end,
    period_start: period.start,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: "draft",
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: total,
    subtotal_excluding_tax: total,
    test_clock: customer.test_clock ?? null,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: null,
  };
  if (options.draft) {
    invoice.automatically_finalizes_at = now + DRAFT_FINALIZE_SECONDS;
    ctx.engine.store.put("invoice", invoice);
    return { invoice, pi: null };
  }
  return { invoice, pi: finalizeInvoice(ctx, invoice) };
}

/**
 * Draft → open: the invoice gets its number and, when something is due, a PaymentIntent linked through an
 * InvoicePayment (this API version has no `invoice.payment_intent`; `confirmation_secret` carries its
 * client secret). Publishes nothing.
 */
export function finalizeInvoice(ctx: RequestContext, invoice: Stripe.Invoice): Stripe.PaymentIntent | null {
  const now = nowFor(ctx, invoice.customer);
  const customer = findOrThrow(ctx.engine, "customer", idOf(invoice.customer));
  const sequence = customer.next_invoice_sequence ?? 1;
  customer.next_invoice_sequence = sequence + 1;
  ctx.engine.store.put("customer", customer);
  invoice.number = `${customer.invoice_prefix ?? "EMU"}-${String(sequence).padStart(4, "0")}`;
  invoice.status = "open";
  invoice.effective_at = now;
  invoice.ending_balance = 0;
  invoice.automatically_finalizes_at = null;
  invoice.webhooks_delivered_at = now;
  invoice.status_transitions = { ...invoice.status_transitions, finalized_at: now };
  let pi: Stripe.PaymentIntent | null = null;
  if (invoice.total > 0) {
    pi = savePaymentIntent(
      ctx,
      buildPaymentIntent(ctx, {
        amount: invoice.total,
        currency: invoice.currency,
        customer: customer.id,
        description: invoice.billing_reason === "subscription_create" ? "Subscription creation" : "Subscription update",
        setup_future_usage: "off_session",
      }),
    );
    invoice.confirmation_secret = { client_secret: pi.client_secret!, type: "payment_intent" };
    ctx.engine.store.put("invoice_payment", {
      id: newId("inpay"),
      object: "invoice_payment",
      amount_paid: null,
      amount_requested: invoice.total,
      created: now,
      currency: invoice.currency,
      invoice: invoice.id,
      is_default: true,
      livemode: false,
      payment: { type: "payment_intent", payment_intent: pi.id },
      status: "open",
      status_transitions: { canceled_at: null, paid_at: null },
    });
  }
  ctx.engine.store.put("invoice", invoice);
  return pi;
}

function invoiceLine(
  ctx: RequestContext,
  invoiceId: string,
  sub: Stripe.Subscription,
  line: InvoiceLine,
  period: { start: number; end: number },
): Stripe.InvoiceLineItem {
  return {
    id: newId("il"),
    object: "line_item",
    amount: line.amount,
    currency: sub.currency,
    description: line.description,
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice: invoiceId,
    livemode: false,
    metadata: {},
    // One-time prices (a setup fee) are invoice items on the subscription's invoice; plans are its items.
    parent: line.subscriptionItem
      ? {
          type: "subscription_item_details",
          invoice_item_details: null,
          subscription_item_details: {
            invoice_item: null,
            proration: false,
            proration_details: { credited_items: null },
            subscription: sub.id,
            subscription_item: line.subscriptionItem,
          },
        }
      : {
          type: "invoice_item_details",
          invoice_item_details: {
            invoice_item: newId("ii"),
            proration: false,
            proration_details: { credited_items: null },
            subscription: sub.id,
          },
          subscription_item_details: null,
        },
    period,
    pretax_credit_amounts: [],
    pricing: {
      type: "price_details",
      price_details: { price: line.price.id, product: idOf(line.price.product) },
      unit_amount_decimal: line.price.unit_amount_decimal ?? wireDecimal("0"),
    },
    quantity: line.quantity,
    quantity_decimal: wireDecimal(String(line.quantity)),
    subscription: sub.id,
    subtotal: line.amount,
    taxes: [],
  };
}

/** Announces a new invoice: created and finalized, as Stripe does for subscription invoices. */
export function announceInvoice(ctx: RequestContext, invoice: Stripe.Invoice): void {
  // Finalized in the same step, but `invoice.created` still shows the draft it was first.
  const draft: Stripe.Invoice = {
    ...invoice,
    status: "draft",
    number: null,
    effective_at: null,
    ending_balance: null,
    confirmation_secret: null,
    webhooks_delivered_at: null,
    status_transitions: { ...invoice.status_transitions, finalized_at: null },
  };
  publishEvent(ctx.engine, "invoice.created", draft, ctx.request);
  publishEvent(ctx.engine, "invoice.finalized", invoice, ctx.request);
}

export function markInvoicePaid(ctx: RequestContext, invoice: Stripe.Invoice): void {
  const now = nowFor(ctx, invoice.customer);
  invoice.status = "paid";
  invoice.amount_paid = invoice.amount_due;
  invoice.amount_remaining = 0;
  invoice.attempted = invoice.amount_due > 0 || invoice.attempted;
  invoice.attempt_count = invoice.amount_due > 0 ? invoice.attempt_count + 1 : invoice.attempt_count;
  invoice.status_transitions = { ...invoice.status_transitions, paid_at: now };
  ctx.engine.store.put("invoice", invoice);
  for (const payment of paymentsOf(ctx, invoice.id)) {
    payment.status = "paid";
    payment.amount_paid = payment.amount_requested;
    payment.status_transitions = { ...payment.status_transitions, paid_at: now };
    ctx.engine.store.put("invoice_payment", payment);
    publishEvent(ctx.engine, "invoice_payment.paid", payment, ctx.request);
  }
  publishEvent(ctx.engine, "invoice.paid", invoice, ctx.request);
  publishEvent(ctx.engine, "invoice.payment_succeeded", invoice, ctx.request);
}

export function recordInvoiceFailure(ctx: RequestContext, invoice: Stripe.Invoice, actionRequired: boolean): void {
  invoice.attempted = true;
  invoice.attempt_count += 1;
  ctx.engine.store.put("invoice", invoice);
  publishEvent(
    ctx.engine,
    actionRequired ? "invoice.payment_action_required" : "invoice.payment_failed",
    invoice,
    ctx.request,
  );
}

export function voidInvoice(ctx: RequestContext, invoice: Stripe.Invoice): void {
  if (invoice.status !== "open" && invoice.status !== "draft") return;
  invoice.status = "void";
  invoice.amount_remaining = 0;
  const now = nowFor(ctx, invoice.customer);
  invoice.status_transitions = { ...invoice.status_transitions, voided_at: now };
  ctx.engine.store.put("invoice", invoice);
  for (const payment of paymentsOf(ctx, invoice.id)) {
    const pi = ctx.engine.store.get("payment_intent", idOf(payment.payment.payment_intent));
    if (pi && pi.status !== "succeeded" && pi.status !== "canceled") cancelPaymentIntent(ctx, pi, "void_invoice");
    payment.status = "canceled";
    payment.status_transitions = { ...payment.status_transitions, canceled_at: now };
    ctx.engine.store.put("invoice_payment", payment);
  }
  publishEvent(ctx.engine, "invoice.voided", invoice, ctx.request);
}

function paymentsOf(ctx: RequestContext, invoiceId: string): Stripe.InvoicePayment[] {
  return ctx.engine.store.all("invoice_payment").filter((p) => p.invoice === invoiceId);
}

/** The invoice a PaymentIntent pays, if any. */
export function invoiceOfIntent(ctx: RequestContext, piId: string): Stripe.Invoice | undefined {
  const payment = ctx.engine.store.all("invoice_payment").find((p) => p.payment.payment_intent === piId);
  return payment ? ctx.engine.store.get("invoice", idOf(payment.invoice)) : undefined;
}

/** The PaymentIntent of an invoice, if it has one. */
export function intentOfInvoice(ctx: RequestContext, invoiceId: string): Stripe.PaymentIntent | undefined {
  const payment = paymentsOf(ctx, invoiceId)[0];
  return payment ? ctx.engine.store.get("payment_intent", idOf(payment.payment.payment_intent)) : undefined;
}

function listInvoices(ctx: RequestContext, raw: unknown): Stripe.ApiList<Stripe.Invoice> {
  const params = parseParams(listSchema, raw);
  const invoices = ctx.engine.store
    .all("invoice")
    .filter(
      (i) =>
        (params.customer === undefined || i.customer === params.customer) &&
        (params.subscription === undefined || i.parent?.subscription_details?.subscription === params.subscription) &&
        (params.status === undefined || i.status === params.status) &&
        inRange(i.created, params.created),
    );
  return paginate(invoices, params, ctx.path);
}

function listInvoicePayments(ctx: RequestContext, raw: unknown): Stripe.ApiList<Stripe.InvoicePayment> {
  const params = parseParams(paymentListSchema, raw);
  const payments = ctx.engine.store
    .all("invoice_payment")
    .filter(
      (p) =>
        (params.invoice === undefined || p.invoice === params.invoice) &&
        (params.payment?.payment_intent === undefined || p.payment.payment_intent === params.payment.payment_intent) &&
        (params.status === undefined || p.status === params.status),
    );
  return paginate(payments, params, ctx.path);
}

export const invoiceRoutes: Route[] = [
  { method: "GET", path: "/v1/invoices", returns: "list:invoice", handle: (ctx, p) => listInvoices(ctx, p) },
  {
    method: "GET",
    path: "/v1/invoices/:id",
    returns: "invoice",
    handle: (ctx, p, { id }) => (parseParams(obj({}), p), findOrThrow(ctx.engine, "invoice", id!)),
  },
  {
    method: "POST",
    path: "/v1/invoices/:id/pay",
    returns: "invoice",
    handle: (ctx, p, { id }) => payInvoice(ctx, id!, p),
  },
  {
    method: "GET",
    path: "/v1/invoice_payments",
    returns: "list:invoice_payment",
    handle: (ctx, p) => listInvoicePayments(ctx, p),
  },
  {
    method: "GET",
    path: "/v1/invoice_payments/:id",
    returns: "invoice_payment",
    handle: (ctx, p, { id }) => (parseParams(obj({}), p), findOrThrow(ctx.engine, "invoice_payment", id!)),
  },
];
