import type Stripe from "stripe";
import { publishEvent } from "../engine/publish-event";
import { snapshot } from "../engine/snapshot";
import { invalidRequest } from "../engine/stripe-error";
import { cardError, cardFailure } from "./card-errors";
import type { RequestContext } from "./context";
import { finalizeInvoice, intentOfInvoice, markInvoicePaid, recordInvoiceFailure } from "./invoices";
import { findOrThrow, idOf } from "./lookup";
import { bool, obj, parseParams, str } from "./params";
import { confirmPayment } from "./payment-intents";
import { activateAfterFirstPayment, paymentMethodFor } from "./subscriptions";

const paySchema = obj({ payment_method: str().optional(), off_session: bool().optional() });

/** The card to charge: the one named (it must belong to the invoice's customer), else the usual default. */
function cardFor(ctx: RequestContext, invoice: Stripe.Invoice, sub: Stripe.Subscription | undefined, id?: string) {
  if (id) {
    const pm = findOrThrow(ctx.engine, "payment_method", id, "payment_method");
    if (pm.customer !== invoice.customer) {
      throw invalidRequest(
        `The customer does not have a payment method with the ID ${pm.id}. The payment method must be attached to the customer.`,
        "payment_method",
        "resource_missing",
      );
    }
    return pm;
  }
  if (sub) return paymentMethodFor(ctx, sub);
  const customer = ctx.engine.store.get("customer", idOf(invoice.customer));
  const fallback = customer?.invoice_settings.default_payment_method;
  return fallback ? (ctx.engine.store.get("payment_method", idOf(fallback)) ?? null) : null;
}

/**
 * `POST /v1/invoices/:id/pay`: charges an open (or draft, finalized first) invoice now, off session by
 * default — how an app recovers a `past_due` subscription after the member fixed their card. Paid → the
 * subscription is `active` again; declined → 402 card error and `invoice.payment_failed`.
 */
export function payInvoice(ctx: RequestContext, id: string, raw: unknown): Stripe.Invoice {
  const invoice = findOrThrow(ctx.engine, "invoice", id);
  const params = parseParams(paySchema, raw);
  if (invoice.status === "paid") throw invalidRequest("Invoice is already paid.", undefined, "invoice_already_paid");
  if (invoice.status !== "open" && invoice.status !== "draft") {
    throw invalidRequest(
      `You cannot pay this invoice because it is ${invoice.status}.`,
      undefined,
      "invoice_not_payable",
    );
  }
  const subId = invoice.parent?.subscription_details?.subscription;
  const sub = subId ? ctx.engine.store.get("subscription", idOf(subId)) : undefined;
  const pm = cardFor(ctx, invoice, sub, params.payment_method);
  if (invoice.status === "draft") {
    finalizeInvoice(ctx, invoice);
    publishEvent(ctx.engine, "invoice.finalized", invoice, ctx.request);
  }
  const pi = intentOfInvoice(ctx, invoice.id);
  if (!pi) {
    markInvoicePaid(ctx, invoice);
    return invoice;
  }
  if (!pm) {
    throw invalidRequest(
      "This customer has no attached payment source or default payment method.",
      undefined,
      "resource_missing",
    );
  }
  const attempt = confirmPayment(ctx, pi, pm, { offSession: params.off_session ?? true });
  if (attempt.outcome === "succeeded") {
    if (sub) activateAfterFirstPayment(ctx, sub, invoice);
    else markInvoicePaid(ctx, invoice);
    return invoice;
  }
  recordInvoiceFailure(ctx, invoice, attempt.outcome === "requires_action");
  throw cardError(attempt.failure ?? cardFailure("authentication_required"), undefined, {
    payment_intent: snapshot(pi),
  });
}
