import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { API_VERSION, type Engine } from "../engine/engine";
import type { ApiFault } from "../engine/faults";
import { randomToken } from "../engine/ids";
import { StripeApiError } from "../engine/stripe-error";
import type { RequestContext } from "../resources/context";
import { renderResponse } from "../resources/expand";
import { checkExpandable } from "../resources/expandable-fields";
import { authenticate, publishableKeyRefused } from "./authenticate";
import { checkKey, fingerprint, replay, save } from "./idempotency";
import type { RouteTable } from "./match-route";
import { parseForm } from "./parse-form";
import { readBody } from "./read-body";
import { CORS_HEADERS, sendJson } from "./send";

/**
 * One `/v1/…` request, in Stripe's order: authenticate, find the route, apply faults, decode parameters,
 * consult the idempotency layer, run the handler, expand the result.
 */
export async function handleApi(
  engine: Engine,
  routes: RouteTable,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const requestId = `req_${randomToken(14)}`;
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    "Request-Id": requestId,
    "Stripe-Version": API_VERSION,
  };
  const method = req.method ?? "GET";
  const reply = (status: number, body: unknown, extra: Record<string, string> = {}) =>
    sendJson(res, status, body, { ...headers, ...extra });
  try {
    const keyType = authenticate(req);
    const found = routes.match(method, url.pathname);
    if (!found) {
      throw new StripeApiError(404, "invalid_request_error", `Unrecognized request URL (${method}: ${url.pathname}).`);
    }
    if (keyType === "publishable" && !found.route.publishable) throw publishableKeyRefused();

    const fault = engine.faults.matchApi(method, url.pathname);
    if (fault && fault.phase !== "after" && (await applyFault(fault, reply))) return;

    const raw = method === "POST" ? parseForm(await readBody(req)) : parseForm(url.search.slice(1));
    const { expand, ...params } = raw;
    const expandList = expandPaths(expand);
    checkExpandable(found.route.returns, expandList);

    const idempotencyKey = method === "GET" ? null : (headerOf(req, "idempotency-key") ?? null);
    let print = "";
    if (idempotencyKey) {
      checkKey(idempotencyKey);
      print = fingerprint(method, url.pathname, raw);
      const saved = replay(engine, idempotencyKey, print);
      if (saved) {
        // A replayed answer can be lost on the way back too.
        if (fault?.phase === "after" && (await applyFault(fault, reply))) return;
        reply(saved.status, saved.body, { "Idempotent-Replayed": "true", "Original-Request": saved.requestId });
        return;
      }
      headers["Idempotency-Key"] = idempotencyKey;
    }

    const ctx: RequestContext = {
      engine,
      keyType,
      request: { id: requestId, idempotency_key: idempotencyKey },
      path: url.pathname,
    };
    let status = 200;
    let body: string;
    let keep = true;
    try {
      body = JSON.stringify(renderResponse(engine, found.route.handle(ctx, params, found.params), expandList), null, 2);
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      status = error.status;
      body = JSON.stringify(withRequestLog(error, requestId), null, 2);
      keep = error.saveIdempotent;
    }
    if (idempotencyKey && keep) save(engine, idempotencyKey, { fingerprint: print, requestId, status, body });
    if (fault?.phase === "after" && (await applyFault(fault, reply))) {
      // The work is done, its events sent and its answer saved; the caller only sees the fault, as when a
      // response is lost on the way back.
      return;
    }
    reply(status, body);
  } catch (error) {
    if (error instanceof StripeApiError) {
      reply(error.status, withRequestLog(error, requestId));
      return;
    }
    console.error("[emulator] unexpected error", error);
    reply(500, { error: { type: "api_error", message: "An unknown error occurred in the emulator." } });
  }
}

/** Applies a fault; true when it has answered (or will never answer) the request. */
async function applyFault(
  fault: ApiFault,
  reply: (status: number, body: unknown, extra?: Record<string, string>) => void,
): Promise<boolean> {
  if (fault.latency_ms) await sleep(fault.latency_ms);
  switch (fault.fault) {
    case "latency":
      return false;
    case "timeout":
      // Hang: the connection stays open until the client gives up or the emulator closes.
      return true;
    case "rate_limit":
      reply(
        429,
        {
          error: {
            type: "invalid_request_error",
            code: "rate_limit",
            message:
              "Request rate limit exceeded. You can learn more about rate limits here https://stripe.com/docs/rate-limits.",
          },
        },
        { "Stripe-Should-Retry": "true" },
      );
      return true;
    case "error":
      reply(fault.status ?? 500, {
        error: { type: "api_error", message: "Sorry, something went wrong. (Fault injected by the emulator.)" },
      });
      return true;
  }
}

function expandPaths(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw new StripeApiError(400, "invalid_request_error", "Invalid array", { param: "expand" });
  }
  return value as string[];
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function withRequestLog(error: StripeApiError, requestId: string) {
  const json = error.toJSON();
  json.error.request_log_url = `https://dashboard.stripe.com/test/logs/${requestId}`;
  return json;
}
