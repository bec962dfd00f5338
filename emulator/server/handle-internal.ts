import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { advanceClock, resetClock, type Engine } from "../engine/engine";
import { faultRuleInput } from "../engine/faults";
import { AUTOMATIC } from "../engine/publish-event";
import { StripeApiError, invalidRequest } from "../engine/stripe-error";
import {
  completeCheckoutSession,
  type CompletionInput,
  type CompletionResult,
} from "../resources/complete-checkout-session";
import type { RequestContext } from "../resources/context";
import { renderResponse } from "../resources/expand";
import { resolveChallenge } from "../resources/resolve-challenge";
import { runTimers } from "../resources/run-timers";
import { sessionPageView } from "../resources/session-page-view";
import { settleAsyncCheckout } from "../resources/settle-async-checkout";
import { apiKeyOf } from "./authenticate";
import { readBody } from "./read-body";
import { CORS_HEADERS, sendJson } from "./send";

const cardObject = z.object({
  number: z.string(),
  exp_month: z.coerce.number().int().optional(),
  exp_year: z.coerce.number().int().optional(),
  cvc: z.string().optional(),
});
/** A card object, or just its number. */
const cardInput = z.union([z.string().transform((number): z.output<typeof cardObject> => ({ number })), cardObject]);

const completionBody = z.object({
  card: cardInput.optional(),
  email: z.string().optional(),
  name: z.string().optional(),
  async: z.enum(["succeeded", "failed"]).optional(),
});

const advanceBody = z.object({ seconds: z.number().min(0) });

type Handler = (engine: Engine, req: IncomingMessage, params: Record<string, string>, url: URL) => unknown;

interface InternalRoute {
  method: string;
  pattern: RegExp;
  names: string[];
  /** Test controls answer only on loopback; the page routes serve browsers. */
  loopbackOnly: boolean;
  handle: Handler;
}

function route(method: string, path: string, loopbackOnly: boolean, handle: Handler): InternalRoute {
  const names: string[] = [];
  const pattern = new RegExp(
    `^${path.replace(/:(\w+)/g, (_m, name: string) => {
      names.push(name);
      return "([^/]+)";
    })}$`,
  );
  return { method, pattern, names, loopbackOnly, handle };
}

async function jsonBody<T extends z.ZodType>(req: IncomingMessage, schema: T): Promise<z.output<T>> {
  const text = await readBody(req);
  let value: unknown = {};
  if (text.trim()) {
    try {
      value = JSON.parse(text);
    } catch {
      throw invalidRequest("Invalid JSON body.");
    }
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw invalidRequest(
      `Invalid ${issue.path.join(".") || "body"}: ${issue.message}`,
      issue.path.join(".") || undefined,
    );
  }
  return result.data;
}

function automatic(engine: Engine): RequestContext {
  return { engine, keyType: "secret", request: AUTOMATIC, path: "" };
}

/** The test card in a completion request, with Stripe's usual test expiry and CVC filled in. */
function completionInput(engine: Engine, body: z.output<typeof completionBody>): CompletionInput {
  const card = body.card ?? { number: "4242424242424242" };
  const year = new Date(engine.clock.nowMs()).getUTCFullYear() + 3;
  return {
    card: {
      number: card.number,
      exp_month: card.exp_month ?? 12,
      exp_year: card.exp_year ?? year,
      cvc: card.cvc ?? "123",
    },
    email: body.email ?? null,
    name: body.name ?? null,
    async: body.async,
  };
}

function completionResponse(engine: Engine, result: CompletionResult) {
  const session = renderResponse(engine, result.session, []);
  return result.status === "complete"
    ? { status: result.status, redirect_url: result.redirect_url, session }
    : { status: result.status, challenge_url: result.challenge_url, session };
}

/** Page routes take a publishable (or secret) key, or a key-less call from the emulator's own pages. */
function checkPageAccess(req: IncomingMessage): void {
  const key = apiKeyOf(req);
  if (key) {
    if (!/^(pk|sk|rk)_test_\w+$/.test(key))
      throw new StripeApiError(401, "invalid_request_error", "Invalid API Key provided.");
    return;
  }
  const origin = req.headers.origin;
  const sameOrigin = !origin || (URL.canParse(origin) && new URL(origin).host === req.headers.host);
  if (!sameOrigin || req.headers["sec-fetch-site"] === "cross-site") {
    throw new StripeApiError(401, "invalid_request_error", "You did not provide an API key.");
  }
}

const ROUTES: InternalRoute[] = [
  route("GET", "/_emulator/health", false, (engine) => ({ ok: true, now: engine.clock.now() })),
  route("GET", "/_emulator/clock", false, (engine) => ({ now: engine.clock.now() })),
  route("POST", "/_emulator/clock/advance", true, async (engine, req) => {
    const { seconds } = await jsonBody(req, advanceBody);
    advanceClock(engine, seconds);
    runTimers(engine);
    return { now: engine.clock.now() };
  }),
  route("POST", "/_emulator/clock/reset", true, (engine) => {
    resetClock(engine);
    return { now: engine.clock.now() };
  }),
  route("GET", "/_emulator/faults", true, (engine) => ({ data: engine.faults.list() })),
  route("POST", "/_emulator/faults", true, async (engine, req) =>
    engine.faults.add(await jsonBody(req, faultRuleInput)),
  ),
  route("DELETE", "/_emulator/faults", true, (engine) => (engine.faults.clear(), { deleted: true })),
  route(
    "DELETE",
    "/_emulator/faults/:id",
    true,
    (engine, _req, { id }) => (engine.faults.clear(id), { deleted: true }),
  ),
  route("GET", "/_emulator/deliveries", true, (engine, _req, _p, url) => {
    const event = url.searchParams.get("event");
    const endpoint = url.searchParams.get("endpoint");
    const type = url.searchParams.get("type");
    const data = engine.store
      .all("delivery")
      .filter(
        (d) =>
          (!event || d.event === event) && (!endpoint || d.endpoint === endpoint) && (!type || d.event_type === type),
      )
      .reverse();
    return { data };
  }),
  route("POST", "/_emulator/checkout/sessions/:id/complete", true, async (engine, req, { id }) => {
    const body = await jsonBody(req, completionBody);
    return completionResponse(engine, completeCheckoutSession(automatic(engine), id!, completionInput(engine, body)));
  }),
  route("POST", "/_emulator/checkout/sessions/:id/async/:outcome", true, (engine, _req, { id, outcome }) => {
    if (outcome !== "succeeded" && outcome !== "failed")
      throw invalidRequest("The outcome must be succeeded or failed.", "outcome");
    return renderResponse(engine, settleAsyncCheckout(automatic(engine), id!, outcome), []);
  }),
  route("GET", "/_emulator/pages/:id", false, (engine, req, { id }) => {
    checkPageAccess(req);
    return sessionPageView(engine, id!);
  }),
  route("POST", "/_emulator/pages/:id/confirm", false, async (engine, req, { id }) => {
    checkPageAccess(req);
    const body = await jsonBody(req, completionBody.extend({ card: cardInput }));
    const result = completeCheckoutSession(automatic(engine), id!, completionInput(engine, body));
    return result.status === "complete"
      ? { status: "complete", redirect_url: result.redirect_url }
      : { status: "requires_action", challenge_url: result.challenge_url };
  }),
  route("POST", "/_emulator/3ds/:id/complete", false, (engine, _req, { id }) =>
    resolveChallenge(engine, id!, "complete"),
  ),
  route("POST", "/_emulator/3ds/:id/fail", false, (engine, _req, { id }) => resolveChallenge(engine, id!, "fail")),
];

function isLoopback(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? "";
  return address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
}

/** `/_emulator/…` JSON endpoints; false when none matches (the browser module or a 404 takes over). */
export async function handleInternal(
  engine: Engine,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  for (const r of ROUTES) {
    if (r.method !== req.method) continue;
    const m = r.pattern.exec(url.pathname);
    if (!m) continue;
    const params = Object.fromEntries(r.names.map((name, i) => [name, decodeURIComponent(m[i + 1]!)]));
    try {
      if (r.loopbackOnly && !isLoopback(req))
        throw new StripeApiError(403, "invalid_request_error", "Emulator controls answer on loopback only.");
      sendJson(res, 200, await r.handle(engine, req, params, url), CORS_HEADERS);
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      sendJson(res, error.status, error.toJSON(), CORS_HEADERS);
    }
    return true;
  }
  return false;
}
