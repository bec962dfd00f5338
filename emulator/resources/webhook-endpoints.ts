import type Stripe from "stripe";
import { API_VERSION } from "../engine/engine";
import { newId, randomToken } from "../engine/ids";
import { invalidRequest } from "../engine/stripe-error";
import type { RequestContext, Route } from "./context";
import { findOrThrow } from "./lookup";
import { paginate } from "./paginate";
import { bool, emptyable, list, metadata, obj, paginationShape, parseParams, str } from "./params";
import { mergeMetadata } from "./prices";

const eventName = () =>
  str().refine((v) => v === "*" || /^[a-z0-9_]+(\.[a-z0-9_]+)+$/.test(v), {
    error: (iss) => `Invalid enabled_events: ${String(iss.input)} is not a valid event type.`,
  });

const url = () =>
  str(2048).refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), {
    error: (iss) => `Invalid URL: ${String(iss.input)}`,
  });

const createSchema = obj({
  url: url(),
  enabled_events: list(eventName(), 300),
  description: str().optional(),
  metadata: metadata().optional(),
  api_version: str().optional(),
  connect: bool().optional(),
});

const updateSchema = obj({
  url: url().optional(),
  enabled_events: list(eventName(), 300).optional(),
  description: emptyable(str()).optional(),
  metadata: metadata().optional(),
  disabled: bool().optional(),
});

/** The signing secret is shown once, when the endpoint is created. */
function withoutSecret(endpoint: Stripe.WebhookEndpoint): Stripe.WebhookEndpoint {
  const { secret: _secret, ...rest } = endpoint;
  return rest;
}

function createEndpoint(ctx: RequestContext, raw: unknown): Stripe.WebhookEndpoint {
  const params = parseParams(createSchema, raw);
  if (params.connect) throw invalidRequest("Connect webhook endpoints are not emulated.", "connect");
  const endpoint: Stripe.WebhookEndpoint = {
    id: newId("we"),
    object: "webhook_endpoint",
    api_version: params.api_version ?? API_VERSION,
    application: null,
    created: ctx.engine.clock.now(),
    description: params.description ?? null,
    enabled_events: params.enabled_events,
    livemode: false,
    metadata: params.metadata ?? {},
    secret: `whsec_${randomToken(32)}`,
    status: "enabled",
    url: params.url,
  };
  ctx.engine.store.put("webhook_endpoint", endpoint);
  return endpoint;
}

function updateEndpoint(ctx: RequestContext, id: string, raw: unknown): Stripe.WebhookEndpoint {
  const endpoint = findOrThrow(ctx.engine, "webhook_endpoint", id);
  const params = parseParams(updateSchema, raw);
  if (params.url !== undefined) endpoint.url = params.url;
  if (params.enabled_events !== undefined) endpoint.enabled_events = params.enabled_events;
  if (params.description !== undefined) endpoint.description = params.description;
  if (params.metadata !== undefined) endpoint.metadata = mergeMetadata(endpoint.metadata, raw, params.metadata);
  if (params.disabled !== undefined) endpoint.status = params.disabled ? "disabled" : "enabled";
  ctx.engine.store.put("webhook_endpoint", endpoint);
  return withoutSecret(endpoint);
}

export const webhookEndpointRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/webhook_endpoints",
    returns: "webhook_endpoint",
    handle: (ctx, p) => createEndpoint(ctx, p),
  },
  {
    method: "GET",
    path: "/v1/webhook_endpoints",
    returns: "list:webhook_endpoint",
    handle: (ctx, raw) => {
      const params = parseParams(obj(paginationShape), raw);
      const page = paginate(ctx.engine.store.all("webhook_endpoint"), params, ctx.path);
      return { ...page, data: page.data.map(withoutSecret) };
    },
  },
  {
    method: "GET",
    path: "/v1/webhook_endpoints/:id",
    returns: "webhook_endpoint",
    handle: (ctx, p, { id }) => (
      parseParams(obj({}), p),
      withoutSecret(findOrThrow(ctx.engine, "webhook_endpoint", id!))
    ),
  },
  {
    method: "POST",
    path: "/v1/webhook_endpoints/:id",
    returns: "webhook_endpoint",
    handle: (ctx, p, { id }) => updateEndpoint(ctx, id!, p),
  },
  {
    method: "DELETE",
    path: "/v1/webhook_endpoints/:id",
    returns: "webhook_endpoint",
    handle: (ctx, p, { id }): Stripe.DeletedWebhookEndpoint => {
      parseParams(obj({}), p);
      findOrThrow(ctx.engine, "webhook_endpoint", id!);
      ctx.engine.store.remove("webhook_endpoint", id!);
      return { id: id!, object: "webhook_endpoint", deleted: true };
    },
  },
];
