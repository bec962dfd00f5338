import type Stripe from "stripe";
import type { Route } from "./context";
import { findOrThrow } from "./lookup";
import { paginate } from "./paginate";
import { bool, inRange, list, obj, paginationShape, parseParams, range, str } from "./params";

const listSchema = obj({
  ...paginationShape,
  type: str().optional(),
  types: list(str(), 20).optional(),
  created: range().optional(),
  delivery_success: bool().optional(),
});

/** `type` filters accept `*` wildcards (`checkout.session.*`), as Stripe's do. */
function typeMatcher(pattern: string): (type: string) => boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
  return (type) => regex.test(type);
}

export const eventRoutes: Route[] = [
  {
    method: "GET",
    path: "/v1/events",
    returns: "list:event",
    handle: (ctx, raw): Stripe.ApiList<Stripe.Event> => {
      const params = parseParams(listSchema, raw);
      const single = params.type ? typeMatcher(params.type) : null;
      const many = params.types ? new Set(params.types) : null;
      const events = ctx.engine.store
        .all("event")
        .filter(
          (e) =>
            (!single || single(e.type)) &&
            (!many || many.has(e.type)) &&
            inRange(e.created, params.created) &&
            (params.delivery_success === undefined || (e.pending_webhooks === 0) === params.delivery_success),
        );
      return paginate(events, params, ctx.path);
    },
  },
  {
    method: "GET",
    path: "/v1/events/:id",
    returns: "event",
    handle: (ctx, raw, { id }) => (parseParams(obj({}), raw), findOrThrow(ctx.engine, "event", id!)),
  },
];
