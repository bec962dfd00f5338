import type Stripe from "stripe";
import type { Engine } from "../engine/engine";
import type { RequestContext } from "./context";
import { idOf } from "./lookup";

/** The test clock a customer lives on, if any (Stripe: `customer.test_clock`). */
export function testClockOf(
  engine: Engine,
  customer: string | { id: string } | null | undefined,
): Stripe.TestHelpers.TestClock | undefined {
  const found = customer ? engine.store.get("customer", idOf(customer)) : undefined;
  return found?.test_clock ? engine.store.get("test_helpers.test_clock", idOf(found.test_clock)) : undefined;
}

/**
 * "Now" for objects of a customer: the moment being processed, else the customer's test clock (its
 * `frozen_time`), else the emulator's global clock. Subscriptions, trials and invoices use this so a
 * customer on a test clock never sees the global clock.
 */
export function nowFor(ctx: RequestContext, customer?: string | { id: string } | null): number {
  if (ctx.at !== undefined) return ctx.at;
  return testClockOf(ctx.engine, customer)?.frozen_time ?? ctx.engine.clock.now();
}
