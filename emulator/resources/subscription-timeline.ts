import type Stripe from "stripe";
import { publishEvent } from "../engine/publish-event";
import type { RequestContext } from "./context";
import { idOf } from "./lookup";
import { billNextPeriod, endSubscription, finalizeAndCharge, INCOMPLETE_EXPIRY_SECONDS } from "./subscriptions";

const TRIAL_WILL_END_SECONDS = 3 * 24 * 60 * 60;
/** Bound on steps per pass, in case a clock leapt years over a daily plan. */
const MAX_STEPS = 400;
const ENDED = new Set<Stripe.Subscription.Status>(["canceled", "incomplete_expired"]);

function draftInvoiceOf(ctx: RequestContext, sub: Stripe.Subscription): Stripe.Invoice | undefined {
  const invoice = sub.latest_invoice ? ctx.engine.store.get("invoice", idOf(sub.latest_invoice)) : undefined;
  return invoice?.status === "draft" && invoice.automatically_finalizes_at !== null ? invoice : undefined;
}

function trialWillEndAt(sub: Stripe.Subscription): number {
  return Math.max(sub.trial_end! - TRIAL_WILL_END_SECONDS, sub.created);
}

/** When the next thing happens to a subscription by itself, or null when nothing will. */
export function nextDueAt(ctx: RequestContext, sub: Stripe.Subscription): number | null {
  if (ENDED.has(sub.status)) return null;
  const moments: number[] = [];
  const draft = draftInvoiceOf(ctx, sub);
  if (draft) moments.push(draft.automatically_finalizes_at!);
  if (sub.status === "incomplete") moments.push(sub.created + INCOMPLETE_EXPIRY_SECONDS);
  if (sub.status === "trialing" && sub.trial_end !== null) {
    if (!ctx.engine.store.internal.subscriptionFlags[sub.id]?.trialWillEndSent) moments.push(trialWillEndAt(sub));
    moments.push(sub.trial_end);
  }
  if (sub.status === "active" || sub.status === "past_due") {
    const periodEnd = sub.items.data[0]?.current_period_end;
    if (periodEnd !== undefined) moments.push(periodEnd);
  }
  return moments.length > 0 ? Math.min(...moments) : null;
}

/** Everything due at `at` (the earliest due moment), in Stripe's order. */
function step(ctx: RequestContext, sub: Stripe.Subscription, at: number): void {
  const flags = (ctx.engine.store.internal.subscriptionFlags[sub.id] ??= {});
  const draft = draftInvoiceOf(ctx, sub);
  if (draft && draft.automatically_finalizes_at! <= at) {
    finalizeAndCharge(ctx, sub, draft);
    return;
  }
  if (sub.status === "incomplete") {
    if (sub.created + INCOMPLETE_EXPIRY_SECONDS <= at)
      endSubscription(ctx, sub, { reason: "payment_failed" }, "incomplete_expired");
    return;
  }
  if (sub.status === "trialing" && sub.trial_end !== null) {
    if (!flags.trialWillEndSent && trialWillEndAt(sub) <= at) {
      flags.trialWillEndSent = true;
      ctx.engine.store.touch();
      // A trial shorter than the notice gets none once it is already over.
      if (sub.trial_end > at) publishEvent(ctx.engine, "customer.subscription.trial_will_end", sub, ctx.request);
      return;
    }
    if (sub.trial_end > at) return;
    if (sub.cancel_at_period_end) endSubscription(ctx, sub, { reason: "cancellation_requested" });
    else billNextPeriod(ctx, sub, sub.trial_end);
    return;
  }
  const periodEnd = sub.items.data[0]?.current_period_end ?? Infinity;
  if ((sub.status === "active" || sub.status === "past_due") && periodEnd <= at) {
    if (sub.cancel_at_period_end) endSubscription(ctx, sub, { reason: "cancellation_requested" });
    else billNextPeriod(ctx, sub, periodEnd);
  }
}

/**
 * Runs everything due for one subscription up to `now`, one moment at a time in time order, each at its
 * own moment (objects made then carry that time): trial warning, trial end, renewals, invoice
 * finalization an hour later, incomplete expiry, cancellation at period end.
 */
export function advanceSubscription(ctx: RequestContext, sub: Stripe.Subscription, now: number): void {
  for (let i = 0; i < MAX_STEPS; i++) {
    const due = nextDueAt(ctx, sub);
    if (due === null || due > now) return;
    step({ ...ctx, at: due }, sub, due);
  }
}
