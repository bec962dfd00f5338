import type Stripe from "stripe";
import { newId } from "../engine/ids";
import { publishEvent } from "../engine/publish-event";
import { invalidRequest } from "../engine/stripe-error";
import { advanceTestClock } from "./advance-test-clock";
import type { RequestContext, Route } from "./context";
import { deleteCustomer } from "./customers";
import { findOrThrow, idOf } from "./lookup";
import { paginate } from "./paginate";
import { int, obj, paginationShape, parseParams, str } from "./params";

/** Stripe removes a test clock (and everything on it) this long after creating it. */
const LIFETIME_SECONDS = 7 * 24 * 60 * 60;

const createSchema = obj({ frozen_time: int(), name: str(300).optional() });
const advanceSchema = obj({ frozen_time: int() });
const listSchema = obj({ ...paginationShape });

function createTestClock(ctx: RequestContext, raw: unknown): Stripe.TestHelpers.TestClock {
  const params = parseParams(createSchema, raw);
  const now = ctx.engine.clock.now();
  const clock: Stripe.TestHelpers.TestClock = {
    id: newId("clock"),
    object: "test_helpers.test_clock",
    created: now,
    deletes_after: now + LIFETIME_SECONDS,
    frozen_time: params.frozen_time,
    livemode: false,
    name: params.name ?? null,
    status: "ready",
    status_details: {},
  };
  ctx.engine.store.put("test_helpers.test_clock", clock);
  publishEvent(ctx.engine, "test_helpers.test_clock.created", clock, ctx.request);
  return clock;
}

/** Customers on a clock, oldest first. */
export function customersOnClock(ctx: RequestContext, clockId: string): Stripe.Customer[] {
  return ctx.engine.store.all("customer").filter((c) => idOf(c.test_clock) === clockId);
}

/** Deleting a clock deletes everything on it: its customers (whose live subscriptions end first). */
function deleteTestClock(ctx: RequestContext, id: string): Stripe.TestHelpers.DeletedTestClock {
  const clock = findOrThrow(ctx.engine, "test_helpers.test_clock", id);
  for (const customer of customersOnClock(ctx, clock.id)) deleteCustomer(ctx, customer.id);
  ctx.engine.store.remove("test_helpers.test_clock", clock.id);
  publishEvent(ctx.engine, "test_helpers.test_clock.deleted", clock, ctx.request);
  return { id: clock.id, object: "test_helpers.test_clock", deleted: true };
}

export const testClockRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/test_helpers/test_clocks",
    returns: "test_helpers.test_clock",
    handle: (ctx, p) => createTestClock(ctx, p),
  },
  {
    method: "GET",
    path: "/v1/test_helpers/test_clocks",
    returns: "list:test_helpers.test_clock",
    handle: (ctx, p) => paginate(ctx.engine.store.all("test_helpers.test_clock"), parseParams(listSchema, p), ctx.path),
  },
  {
    method: "GET",
    path: "/v1/test_helpers/test_clocks/:id",
    returns: "test_helpers.test_clock",
    handle: (ctx, p, { id }) => (parseParams(obj({}), p), findOrThrow(ctx.engine, "test_helpers.test_clock", id!)),
  },
  {
    method: "DELETE",
    path: "/v1/test_helpers/test_clocks/:id",
    returns: "test_helpers.test_clock",
    handle: (ctx, p, { id }) => (parseParams(obj({}), p), deleteTestClock(ctx, id!)),
  },
  {
    method: "POST",
    path: "/v1/test_helpers/test_clocks/:id/advance",
    returns: "test_helpers.test_clock",
    handle: (ctx, p, { id }) =>
      advanceTestClock(ctx, findOrThrow(ctx.engine, "test_helpers.test_clock", id!), parseParams(advanceSchema, p)),
  },
];

/** Customers may join a clock only while it has room (Stripe: three customers per clock). */
export function checkClockHasRoom(ctx: RequestContext, clockId: string): Stripe.TestHelpers.TestClock {
  const clock = findOrThrow(ctx.engine, "test_helpers.test_clock", clockId, "test_clock");
  if (customersOnClock(ctx, clock.id).length >= 3) {
    throw invalidRequest(
      `The test clock ${clock.id} already has the maximum number of customers (3) attached to it.`,
      "test_clock",
    );
  }
  return clock;
}
