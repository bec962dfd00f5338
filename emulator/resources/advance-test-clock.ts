import type Stripe from "stripe";
import { runSoon, type Engine } from "../engine/engine";
import { AUTOMATIC, publishEvent } from "../engine/publish-event";
import { invalidRequest } from "../engine/stripe-error";
import type { RequestContext } from "./context";
import { idOf } from "./lookup";
import { addInterval } from "./subscriptions";
import { advanceSubscription, nextDueAt } from "./subscription-timeline";

/** How long after the request an advance runs; the answer says `advancing`, as Stripe's does. */
const ADVANCE_DELAY_MS = 100;
const ENDED = new Set<Stripe.Subscription.Status>(["canceled", "incomplete_expired"]);

function liveSubscriptionsOn(engine: Engine, clockId: string): Stripe.Subscription[] {
  const customers = new Set(
    engine.store
      .all("customer")
      .filter((c) => idOf(c.test_clock) === clockId)
      .map((c) => c.id),
  );
  return engine.store.all("subscription").filter((s) => customers.has(idOf(s.customer)) && !ENDED.has(s.status));
}

/** Stripe's bound: two intervals of the clock's shortest subscription, or two years without one. */
function latestAllowed(engine: Engine, clock: Stripe.TestHelpers.TestClock): number {
  const twoYears = addInterval(clock.frozen_time, { interval: "year", interval_count: 2 } as Stripe.Price.Recurring);
  const bounds = liveSubscriptionsOn(engine, clock.id).map((sub) => {
    const recurring = sub.items.data[0]!.price.recurring!;
    return addInterval(addInterval(clock.frozen_time, recurring), recurring);
  });
  return bounds.length > 0 ? Math.min(...bounds) : twoYears;
}

/** `POST …/advance`: checks the target, marks the clock advancing and runs it shortly after answering. */
export function advanceTestClock(
  ctx: RequestContext,
  clock: Stripe.TestHelpers.TestClock,
  params: { frozen_time: number },
): Stripe.TestHelpers.TestClock {
  if (clock.status === "advancing") {
    throw invalidRequest(
      "The test clock is currently advancing. Wait until its status is ready before advancing it again.",
      undefined,
      "test_clock_advancing",
    );
  }
  if (params.frozen_time <= clock.frozen_time) {
    throw invalidRequest(
      `The frozen_time must be after the test clock's current frozen_time (${clock.frozen_time}).`,
      "frozen_time",
    );
  }
  const limit = latestAllowed(ctx.engine, clock);
  if (params.frozen_time > limit) {
    throw invalidRequest(
      `Cannot advance the test clock more than two intervals of its shortest subscription, or two years when it has none (latest allowed: ${limit}).`,
      "frozen_time",
    );
  }
  clock.status = "advancing";
  clock.status_details = { advancing: { target_frozen_time: params.frozen_time } };
  ctx.engine.store.put("test_helpers.test_clock", clock);
  publishEvent(ctx.engine, "test_helpers.test_clock.advancing", clock, ctx.request);
  const engine = ctx.engine;
  runSoon(engine, ADVANCE_DELAY_MS, () => runAdvancingClocks(engine));
  return clock;
}

/**
 * Moves every advancing clock to its target: the clock steps to each moment something is due on it (in
 * time order, across all its subscriptions), runs it, and ends `ready` at the target. Also run by the
 * timer, so an advance interrupted by a restart completes.
 */
export function runAdvancingClocks(engine: Engine): void {
  for (const clock of engine.store.all("test_helpers.test_clock")) {
    if (clock.status === "advancing") runClock(engine, clock);
  }
}

function runClock(engine: Engine, clock: Stripe.TestHelpers.TestClock): void {
  const target = clock.status_details.advancing?.target_frozen_time ?? clock.frozen_time;
  const ctx: RequestContext = { engine, keyType: "secret", request: AUTOMATIC, path: "" };
  for (let guard = 0; guard < 10_000; guard++) {
    const subs = liveSubscriptionsOn(engine, clock.id);
    const due = subs
      .map((sub) => nextDueAt(ctx, sub))
      .filter((at): at is number => at !== null && at <= target)
      .sort((a, b) => a - b)[0];
    if (due === undefined) break;
    clock.frozen_time = Math.max(clock.frozen_time, due);
    for (const sub of subs) advanceSubscription(ctx, sub, clock.frozen_time);
  }
  clock.frozen_time = target;
  clock.status = "ready";
  clock.status_details = {};
  engine.store.put("test_helpers.test_clock", clock);
  publishEvent(engine, "test_helpers.test_clock.ready", clock, AUTOMATIC);
}
