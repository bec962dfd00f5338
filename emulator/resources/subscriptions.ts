import type Stripe from "stripe";
import { cardBehaviour } from "../engine/cards";
import { newId } from "../engine/ids";
import { lineAmount } from "../engine/money";
import { changedFields, publishEvent } from "../engine/publish-event";
import type { CardFailure } from "./card-errors";
import { nowFor } from "./clock-time";
import { idOf } from "./lookup";
import type { RequestContext } from "./context";
import {
  announceInvoice,
  createInvoice,
  finalizeInvoice,
  intentOfInvoice,
  markInvoicePaid,
  recordInvoiceFailure,
  voidInvoice,
  type InvoiceLine,
} from "./invoices";
import { confirmPayment } from "./payment-intents";
import { cardNumberOf } from "./payment-methods";
import { buildSetupIntent, confirmSetup, saveSetupIntent } from "./setup-intents";

export type PaymentBehavior =
  "allow_incomplete" | "default_incomplete" | "error_if_incomplete" | "pending_if_incomplete";

export interface SubscriptionInput {
  customer: string;
  items: Array<{ price: Stripe.Price; quantity: number; metadata?: Stripe.Metadata }>;
  /** One-time prices billed once, on the first invoice. */
  oneTimeItems?: Array<{ price: Stripe.Price; quantity: number }>;
  trialEnd: number | null;
  defaultPaymentMethod: string | null;
  paymentBehavior: PaymentBehavior;
  offSession: boolean;
  metadata: Stripe.Metadata;
  description: string | null;
  cancelAtPeriodEnd: boolean;
  /** The card was just authenticated for future use (Checkout did a SetupIntent): no pending setup needed. */
  paymentMethodReady?: boolean;
  /** `on_subscription`: a successful subscription payment makes its card the subscription's default. */
  saveDefaultPaymentMethod?: "off" | "on_subscription";
  paymentMethodTypes?: Array<"card"> | null;
}

/** What creating a subscription led to; `intent` is what a customer would still have to act on. */
export interface SubscriptionStart {
  subscription: Stripe.Subscription;
  intent: Stripe.PaymentIntent | Stripe.SetupIntent | null;
  outcome: "succeeded" | "requires_action" | "failed" | "requires_payment_method";
  failure?: CardFailure;
}

/** Incomplete subscriptions whose first invoice stays unpaid this long expire (Stripe: 23 hours). */
export const INCOMPLETE_EXPIRY_SECONDS = 23 * 60 * 60;

export function addInterval(from: number, recurring: Stripe.Price.Recurring): number {
  const date = new Date(from * 1000);
  const n = recurring.interval_count;
  switch (recurring.interval) {
    case "day":
      date.setUTCDate(date.getUTCDate() + n);
      break;
    case "week":
      date.setUTCDate(date.getUTCDate() + 7 * n);
      break;
    case "month":
      date.setUTCMonth(date.getUTCMonth() + n);
      break;
    default:
      date.setUTCFullYear(date.getUTCFullYear() + n);
  }
  return Math.floor(date.getTime() / 1000);
}

export function planOf(price: Stripe.Price): Stripe.Plan {
  return {
    id: price.id,
    object: "plan",
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    interval: price.recurring!.interval,
    interval_count: price.recurring!.interval_count,
    livemode: false,
    metadata: price.metadata,
    meter: null,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: price.recurring!.trial_period_days,
    usage_type: "licensed",
  };
}

function productName(ctx: RequestContext, price: Stripe.Price): string {
  return ctx.engine.store.get("product", idOf(price.product))?.name ?? "Item";
}

/** Invoice lines for a period: every item, or zero-amount trial lines. */
function periodLines(ctx: RequestContext, sub: Stripe.Subscription, trial: boolean): InvoiceLine[] {
  return sub.items.data.map((item) => ({
    price: item.price,
    quantity: item.quantity ?? 1,
    amount: trial ? 0 : lineAmount(String(item.price.unit_amount_decimal), item.quantity ?? 1),
    subscriptionItem: item.id,
    description: trial
      ? `Trial period for ${productName(ctx, item.price)}`
      : `${item.quantity ?? 1} × ${productName(ctx, item.price)}`,
  }));
}

/** The card a subscription charges: its own default, else the customer's. */
export function paymentMethodFor(ctx: RequestContext, sub: Stripe.Subscription): Stripe.PaymentMethod | null {
  const customer = ctx.engine.store.get("customer", idOf(sub.customer));
  const id = sub.default_payment_method ?? customer?.invoice_settings.default_payment_method ?? null;
  return id ? (ctx.engine.store.get("payment_method", idOf(id)) ?? null) : null;
}

/**
 * Creates a subscription and its first invoice, then does what `payment_behavior` says: charge now,
 * leave the invoice for the front end (`default_incomplete`), or, when nothing is due (trial), prepare a
 * SetupIntent (`pending_setup_intent`) if the card must still be authorized or collected.
 */
export function startSubscription(ctx: RequestContext, input: SubscriptionInput): SubscriptionStart {
  const now = nowFor(ctx, input.customer);
  const customer = ctx.engine.store.get("customer", input.customer);
  const id = newId("sub");
  const first = input.items[0]!;
  const periodEnd = input.trialEnd ?? addInterval(now, first.price.recurring!);
  const sub: Stripe.Subscription = {
    id,
    object: "subscription",
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: periodEnd === input.trialEnd ? periodEnd : now,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: "classic" },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: input.cancelAtPeriodEnd,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: "charge_automatically",
    created: now,
    currency: first.price.currency,
    customer: input.customer,
    customer_account: null,
    days_until_due: null,
    default_payment_method: input.defaultPaymentMethod,
    default_source: null,
    default_tax_rates: [],
    description: input.description,
    discounts: [],
    ended_at: null,
    invoice_settings: {
      account_tax_ids: null,
      custom_fields: null,
      description: null,
      footer: null,
      issuer: { type: "self" },
    },
    items: {
      object: "list",
      data: input.items.map((item) => ({
        id: newId("si", 14),
        object: "subscription_item",
        billing_thresholds: null,
        created: now,
        current_period_end: periodEnd,
        current_period_start: now,
        current_trial: null,
        discounts: [],
        metadata: item.metadata ?? {},
        plan: planOf(item.price),
        price: structuredClone(item.price),
        quantity: item.quantity,
        subscription: id,
        tax_rates: [],
      })),
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    latest_invoice: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: {
      payment_method_options: null,
      payment_method_types: input.paymentMethodTypes ?? null,
      save_default_payment_method: input.saveDefaultPaymentMethod ?? "off",
    },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: now,
    status: "incomplete",
    test_clock: customer?.test_clock ?? null,
    transfer_data: null,
    trial_end: input.trialEnd,
    trial_settings: { end_behavior: { billing_cycle_anchor: null, missing_payment_method: "create_invoice" } },
    trial_start: input.trialEnd ? now : null,
  };
  ctx.engine.store.put("subscription", sub);

  const lines = periodLines(ctx, sub, input.trialEnd !== null);
  for (const item of input.oneTimeItems ?? []) {
    lines.push({
      price: item.price,
      quantity: item.quantity,
      amount: lineAmount(String(item.price.unit_amount_decimal), item.quantity),
      subscriptionItem: null,
      description: `${item.quantity} × ${productName(ctx, item.price)}`,
    });
  }
  const { invoice, pi } = createInvoice(ctx, sub, "subscription_create", lines, { start: now, end: now });
  sub.latest_invoice = invoice.id;
  const pm = paymentMethodFor(ctx, sub);
  let start: SubscriptionStart;

  if (!pi) {
    // Nothing due now: collect or authorize the card for later through a SetupIntent when needed.
    sub.status = input.trialEnd ? "trialing" : "active";
    start = { subscription: sub, intent: null, outcome: "succeeded" };
    const needsSetup = !pm || (!input.paymentMethodReady && cardBehaviour(cardNumberOf(ctx, pm)).setup.authenticate);
    if (needsSetup) {
      const si = saveSetupIntent(ctx, buildSetupIntent(ctx, { customer: input.customer, usage: "off_session" }));
      sub.pending_setup_intent = si.id;
      start.intent = si;
      if (pm && !input.offSession) {
        const attempt = confirmSetup(ctx, si, pm);
        if (attempt.outcome === "requires_action") start.outcome = "requires_action";
      } else {
        start.outcome = "requires_payment_method";
      }
    }
    ctx.engine.store.put("subscription", sub);
    publishEvent(ctx.engine, "customer.subscription.created", sub, ctx.request);
    announceInvoice(ctx, invoice);
    markInvoicePaid(ctx, invoice);
    return start;
  }

  start = { subscription: sub, intent: pi, outcome: "requires_payment_method" };
  if (pm && input.paymentBehavior !== "default_incomplete") {
    const attempt = confirmPayment(ctx, pi, pm, { offSession: input.offSession });
    start.outcome = attempt.outcome === "processing" ? "requires_action" : attempt.outcome;
    start.failure = attempt.failure;
  } else if (pm) {
    pi.payment_method = pm.id;
    pi.status = "requires_confirmation";
    ctx.engine.store.put("payment_intent", pi);
  }
  // Something due now with a trial (a setup fee): the trial starts once that is paid.
  if (start.outcome === "succeeded") {
    sub.status = input.trialEnd ? "trialing" : "active";
    saveDefaultFromPayment(sub, pi);
  } else sub.status = "incomplete";
  ctx.engine.store.put("subscription", sub);
  publishEvent(ctx.engine, "customer.subscription.created", sub, ctx.request);
  announceInvoice(ctx, invoice);
  if (start.outcome === "succeeded") markInvoicePaid(ctx, invoice);
  else if (start.outcome === "failed" || start.outcome === "requires_action") {
    recordInvoiceFailure(ctx, invoice, start.outcome === "requires_action");
  }
  return start;
}

/** Saves a change and sends `customer.subscription.updated` with what changed. */
export function announceUpdate(ctx: RequestContext, sub: Stripe.Subscription, before: Stripe.Subscription): void {
  ctx.engine.store.put("subscription", sub);
  const previous = changedFields(before, sub);
  if (Object.keys(previous).length > 0)
    publishEvent(ctx.engine, "customer.subscription.updated", sub, ctx.request, previous);
}

/** The first invoice got paid (after 3-D Secure or a front-end confirmation): the subscription starts. */
export function activateAfterFirstPayment(
  ctx: RequestContext,
  sub: Stripe.Subscription,
  invoice: Stripe.Invoice,
): void {
  markInvoicePaid(ctx, invoice);
  if (sub.status !== "incomplete" && sub.status !== "past_due" && sub.status !== "unpaid") return;
  const before = structuredClone(sub);
  const inTrial = sub.trial_end !== null && sub.trial_end > nowFor(ctx, sub.customer);
  sub.status = inTrial ? "trialing" : "active";
  const pi = intentOfInvoice(ctx, invoice.id);
  if (pi) saveDefaultFromPayment(sub, pi);
  announceUpdate(ctx, sub, before);
}

/** `save_default_payment_method=on_subscription`: the card that paid becomes the subscription's default. */
function saveDefaultFromPayment(sub: Stripe.Subscription, pi: Stripe.PaymentIntent): void {
  if (sub.payment_settings?.save_default_payment_method === "on_subscription" && pi.payment_method) {
    sub.default_payment_method = idOf(pi.payment_method);
  }
}

/** A pending SetupIntent succeeded: nothing left to collect; its card becomes the subscription's default. */
export function settlePendingSetup(ctx: RequestContext, sub: Stripe.Subscription, si: Stripe.SetupIntent): void {
  const before = structuredClone(sub);
  sub.pending_setup_intent = null;
  if (!sub.default_payment_method && si.payment_method) sub.default_payment_method = idOf(si.payment_method);
  announceUpdate(ctx, sub, before);
}

/**
 * A new period starts (trial end or renewal): the subscription moves to it (`trialing` → `active`) and a
 * draft invoice is created; an hour later `finalizeAndCharge` finalizes and charges it. Events, as Stripe
 * sends them: `customer.subscription.updated`, `invoice.created`.
 */
export function billNextPeriod(ctx: RequestContext, sub: Stripe.Subscription, periodStart: number): void {
  const before = structuredClone(sub);
  const first = sub.items.data[0]!;
  const periodEnd = addInterval(periodStart, first.price.recurring!);
  for (const item of sub.items.data) {
    item.current_period_start = periodStart;
    item.current_period_end = periodEnd;
  }
  if (sub.status === "trialing") sub.status = "active";
  const { invoice } = createInvoice(
    ctx,
    sub,
    "subscription_cycle",
    periodLines(ctx, sub, false),
    { start: periodStart, end: periodEnd },
    { draft: true },
  );
  sub.latest_invoice = invoice.id;
  announceUpdate(ctx, sub, before);
  publishEvent(ctx.engine, "invoice.created", invoice, ctx.request);
}

/**
 * A draft renewal invoice is due: finalize it and charge the subscription's card (else the customer's
 * default) off session. Paid → `invoice.paid`; declined or no card → `invoice.payment_failed`, then the
 * subscription goes `past_due` (`customer.subscription.updated`). No automatic retries.
 */
export function finalizeAndCharge(ctx: RequestContext, sub: Stripe.Subscription, invoice: Stripe.Invoice): void {
  const pi = finalizeInvoice(ctx, invoice);
  publishEvent(ctx.engine, "invoice.finalized", invoice, ctx.request);
  let paid = !pi;
  if (pi) {
    const pm = paymentMethodFor(ctx, sub);
    paid = pm ? confirmPayment(ctx, pi, pm, { offSession: true }).outcome === "succeeded" : false;
  }
  if (paid) {
    markInvoicePaid(ctx, invoice);
    if (pi && sub.payment_settings?.save_default_payment_method === "on_subscription") {
      const before = structuredClone(sub);
      saveDefaultFromPayment(sub, pi);
      announceUpdate(ctx, sub, before);
    }
    return;
  }
  recordInvoiceFailure(ctx, invoice, false);
  if (sub.status === "active") {
    const before = structuredClone(sub);
    sub.status = "past_due";
    announceUpdate(ctx, sub, before);
  }
}

/** Ends a subscription now. Its pending SetupIntent is left alone, as at Stripe. */
export function endSubscription(
  ctx: RequestContext,
  sub: Stripe.Subscription,
  details: {
    comment?: string | null;
    feedback?: Stripe.Subscription.CancellationDetails.Feedback | null;
    reason: Stripe.Subscription.CancellationDetails.Reason;
  },
  status: Stripe.Subscription.Status = "canceled",
): Stripe.Subscription {
  const now = nowFor(ctx, sub.customer);
  sub.status = status;
  sub.canceled_at = status === "canceled" ? now : sub.canceled_at;
  sub.ended_at = now;
  sub.cancellation_details = {
    comment: details.comment ?? null,
    feedback: details.feedback ?? null,
    feedback_option: null,
    reason: details.reason,
  };
  ctx.engine.store.put("subscription", sub);
  const invoice = sub.latest_invoice ? ctx.engine.store.get("invoice", idOf(sub.latest_invoice)) : undefined;
  if (invoice && status === "incomplete_expired") voidInvoice(ctx, invoice);
  publishEvent(ctx.engine, "customer.subscription.deleted", sub, ctx.request);
  return sub;
}
