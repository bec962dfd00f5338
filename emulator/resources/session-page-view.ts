import type { Engine } from "../engine/engine";
import { renderResponse } from "./expand";
import { findOrThrow } from "./lookup";

/**
 * What a Checkout page shows: the session with its line items (prices with products), the business
 * name, and the subscription terms (interval, `subscription_data.trial_period_days`) a buyer agrees to.
 */
export function sessionPageView(engine: Engine, id: string): Record<string, unknown> {
  const session = findOrThrow(engine, "checkout.session", id);
  const rendered = renderResponse(engine, session, ["line_items", "line_items.data.price.product"]) as Record<
    string,
    unknown
  >;
  const items = engine.store.internal.sessionLineItems[id] ?? [];
  const recurring = items.find((li) => li.price?.recurring)?.price?.recurring ?? null;
  const terms = engine.store.internal.sessionTerms[id]?.subscription_data;
  return {
    ...rendered,
    business_name: engine.config.businessName,
    recurring: recurring ? { interval: recurring.interval, interval_count: recurring.interval_count } : null,
    // The subscription terms the session was created with (Stripe keeps them off the session object).
    subscription_data: terms
      ? { trial_period_days: terms.trial_period_days ?? null, trial_end: terms.trial_end ?? null }
      : null,
  };
}
