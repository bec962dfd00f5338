import type { Engine } from "../engine/engine";
import type { EventRequest } from "../engine/publish-event";

/** What a resource handler knows about the request it serves. */
export interface RequestContext {
  engine: Engine;
  /** Publishable keys reach only the routes Stripe.js uses, and only with the intent's client secret. */
  keyType: "secret" | "publishable";
  request: EventRequest;
  /** Request path without the query: the `url` of list responses. */
  path: string;
  /**
   * The moment being processed when time-driven work runs (a renewal at its period end, a test clock
   * stepping through its schedule); unset for API requests, which happen "now" (see `nowFor`).
   */
  at?: number;
}

export type Params = Record<string, unknown>;

/** One API route. `params` are the decoded form/query parameters, `expand[]` removed. */
export interface Route {
  method: "GET" | "POST" | "DELETE";
  /** With `:name` placeholders, e.g. `/v1/prices/:id`. */
  path: string;
  publishable?: boolean;
  /** What it answers with (`price`, `list:price`, …), for checking `expand[]` before it runs. */
  returns: string;
  handle(ctx: RequestContext, params: Params, path: Record<string, string>): unknown;
}
