import type Stripe from "stripe";
import { idOf } from "./lookup";
import type { RequestContext } from "./context";
import { subscribeAfterSetup } from "./checkout-subscription";
import { finishCheckout, redirectUrl } from "./complete-checkout-session";
import { invoiceOfIntent, recordInvoiceFailure } from "./invoices";
import { activateAfterFirstPayment, settlePendingSetup } from "./subscriptions";

/** Where a settled intent led: the checkout it completed, if any. */
export interface IntentSettlement {
  checkout_session: { id: string; status: string | null; redirect_url: string | null } | null;
}

/**
 * Carries an intent's new state to whatever waits on it: the subscription invoice it pays, the
 * subscription whose pending SetupIntent it is, the Checkout Session it completes. Called after every
 * confirmation and 3-D Secure answer, from the API or the browser.
 */
export function settleIntent(ctx: RequestContext, intent: Stripe.PaymentIntent | Stripe.SetupIntent): IntentSettlement {
  if (intent.object === "payment_intent") settleInvoice(ctx, intent);
  else settlePendingSetupIntent(ctx, intent);
  return { checkout_session: settleCheckout(ctx, intent) };
}

function settleInvoice(ctx: RequestContext, pi: Stripe.PaymentIntent): void {
  const invoice = invoiceOfIntent(ctx, pi.id);
  if (!invoice || invoice.status !== "open") return;
  const subId = invoice.parent?.subscription_details?.subscription;
  const sub = subId ? ctx.engine.store.get("subscription", idOf(subId)) : undefined;
  if (!sub) return;
  if (pi.status === "succeeded") activateAfterFirstPayment(ctx, sub, invoice);
  else if (pi.status === "requires_payment_method" && pi.last_payment_error) recordInvoiceFailure(ctx, invoice, false);
}

function settlePendingSetupIntent(ctx: RequestContext, si: Stripe.SetupIntent): void {
  if (si.status !== "succeeded") return;
  const sub = ctx.engine.store.all("subscription").find((s) => s.pending_setup_intent === si.id);
  if (sub) settlePendingSetup(ctx, sub, si);
}

function settleCheckout(
  ctx: RequestContext,
  intent: Stripe.PaymentIntent | Stripe.SetupIntent,
): IntentSettlement["checkout_session"] {
  const link = ctx.engine.store.internal.intentCheckouts[intent.id];
  const session = link ? ctx.engine.store.get("checkout.session", link.session) : undefined;
  if (!link || !session) return null;
  const payer = { email: link.email, name: link.name };
  const succeeded = intent.status === "succeeded" || intent.status === "requires_capture";
  if (session.status === "open" && succeeded) {
    if (intent.object === "payment_intent" && session.mode === "payment") {
      finishCheckout(ctx, session, payer, { payment_status: intent.status === "succeeded" ? "paid" : "unpaid" });
    } else if (intent.object === "payment_intent") {
      const sub = ctx.engine.store.get(
        "subscription",
        idOf(invoiceOfIntent(ctx, intent.id)?.parent?.subscription_details?.subscription),
      );
      finishCheckout(ctx, session, payer, {
        payment_status: "paid",
        customer: idOf(intent.customer),
        subscription: sub,
      });
    } else if (session.mode === "setup") {
      finishCheckout(ctx, session, payer, { payment_status: "no_payment_required" });
    } else {
      const customer = idOf(intent.customer);
      const subscription = subscribeAfterSetup(ctx, session, customer, idOf(intent.payment_method));
      finishCheckout(ctx, session, payer, { payment_status: "no_payment_required", customer, subscription });
    }
  }
  return {
    id: session.id,
    status: session.status,
    redirect_url: session.status === "complete" ? redirectUrl(session) : null,
  };
}
