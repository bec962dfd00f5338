import type Stripe from "stripe";
import type { CardFailure } from "./card-errors";
import { nowFor } from "./clock-time";
import type { RequestContext } from "./context";
import { intentOfInvoice } from "./invoices";
import { confirmPayment } from "./payment-intents";
import { buildSetupIntent, confirmSetup, saveSetupIntent } from "./setup-intents";
import { activateAfterFirstPayment, startSubscription } from "./subscriptions";

export interface CheckoutSubscriptionStart {
  outcome: "succeeded" | "requires_action" | "failed";
  /** The intent the buyer is (or was) acting on. */
  intent?: Stripe.PaymentIntent | Stripe.SetupIntent;
  failure?: CardFailure;
  subscription?: Stripe.Subscription;
  /** Whether money moved (no trial) or only a card was saved (trial). */
  paid: boolean;
}

function trialEndOf(ctx: RequestContext, sessionId: string, customerId: string): number | null {
  const terms = ctx.engine.store.internal.sessionTerms[sessionId]?.subscription_data;
  if (terms?.trial_end !== undefined) return terms.trial_end;
  return terms?.trial_period_days ? nowFor(ctx, customerId) + terms.trial_period_days * 24 * 60 * 60 : null;
}

/** Whether the first invoice asks for money now despite a trial: a one-time price (a setup fee). */
function chargesNow(ctx: RequestContext, sessionId: string): boolean {
  return itemsOf(ctx, sessionId).oneTimeItems.some((item) => (item.price.unit_amount ?? 0) > 0);
}

/**
 * Subscription-mode Checkout. With a trial the card is first set up (SetupIntent, 3-D Secure if asked)
 * and the subscription starts trialing; without one the subscription's first invoice is paid on the
 * spot, and a retry after a decline pays that same invoice.
 */
export function startCheckoutSubscription(
  ctx: RequestContext,
  session: Stripe.Checkout.Session,
  customerId: string,
  pm: Stripe.PaymentMethod,
): CheckoutSubscriptionStart {
  const attempts = (ctx.engine.store.internal.checkoutAttempts[session.id] ??= {});
  const trialEnd = trialEndOf(ctx, session.id, customerId);
  if (trialEnd !== null && !chargesNow(ctx, session.id)) {
    let si = attempts.setup_intent ? ctx.engine.store.get("setup_intent", attempts.setup_intent) : undefined;
    if (!si || si.status !== "requires_payment_method") {
      si = saveSetupIntent(ctx, buildSetupIntent(ctx, { customer: customerId, usage: "off_session" }));
      attempts.setup_intent = si.id;
      ctx.engine.store.touch();
    }
    const attempt = confirmSetup(ctx, si, pm);
    if (attempt.outcome !== "succeeded")
      return { outcome: attempt.outcome, intent: si, failure: attempt.failure, paid: false };
    return {
      outcome: "succeeded",
      intent: si,
      subscription: subscribeAfterSetup(ctx, session, customerId, pm.id),
      paid: false,
    };
  }

  const pending = attempts.subscription ? ctx.engine.store.get("subscription", attempts.subscription) : undefined;
  if (pending?.status === "incomplete" && typeof pending.latest_invoice === "string") {
    const invoice = ctx.engine.store.get("invoice", pending.latest_invoice)!;
    const pi = intentOfInvoice(ctx, invoice.id)!;
    const attempt = confirmPayment(ctx, pi, pm);
    if (attempt.outcome === "succeeded") activateAfterFirstPayment(ctx, pending, invoice);
    return {
      outcome: asCheckoutOutcome(attempt.outcome),
      intent: pi,
      failure: attempt.failure,
      subscription: pending,
      paid: true,
    };
  }
  const { items, oneTimeItems } = itemsOf(ctx, session.id);
  const terms = ctx.engine.store.internal.sessionTerms[session.id]?.subscription_data;
  // No trial, or a trial with a setup fee: the first invoice is paid now, on session (3-D Secure if asked).
  const start = startSubscription(ctx, {
    customer: customerId,
    items,
    oneTimeItems,
    trialEnd,
    defaultPaymentMethod: pm.id,
    paymentBehavior: "allow_incomplete",
    offSession: false,
    metadata: terms?.metadata ?? {},
    description: terms?.description ?? null,
    cancelAtPeriodEnd: false,
  });
  attempts.subscription = start.subscription.id;
  ctx.engine.store.touch();
  return {
    outcome: asCheckoutOutcome(start.outcome),
    intent: start.intent ?? undefined,
    failure: start.failure,
    subscription: start.subscription,
    paid: true,
  };
}

function asCheckoutOutcome(outcome: string): CheckoutSubscriptionStart["outcome"] {
  return outcome === "succeeded" ? "succeeded" : outcome === "requires_action" ? "requires_action" : "failed";
}

function itemsOf(ctx: RequestContext, sessionId: string) {
  const lines = ctx.engine.store.internal.sessionLineItems[sessionId] ?? [];
  return {
    items: lines.filter((li) => li.price?.recurring).map((li) => ({ price: li.price!, quantity: li.quantity ?? 1 })),
    oneTimeItems: lines
      .filter((li) => !li.price?.recurring)
      .map((li) => ({ price: li.price!, quantity: li.quantity ?? 1 })),
  };
}

/** The trial subscription, once its card is set up. */
export function subscribeAfterSetup(
  ctx: RequestContext,
  session: Stripe.Checkout.Session,
  customerId: string,
  pmId: string,
): Stripe.Subscription {
  const { items, oneTimeItems } = itemsOf(ctx, session.id);
  const terms = ctx.engine.store.internal.sessionTerms[session.id]?.subscription_data;
  return startSubscription(ctx, {
    customer: customerId,
    items,
    oneTimeItems,
    trialEnd: trialEndOf(ctx, session.id, customerId),
    defaultPaymentMethod: pmId,
    paymentBehavior: "allow_incomplete",
    offSession: true,
    metadata: terms?.metadata ?? {},
    description: terms?.description ?? null,
    cancelAtPeriodEnd: false,
    paymentMethodReady: true,
  }).subscription;
}
