import type { Engine } from "../engine/engine";
import type { IdempotentResult } from "../engine/store";
import { StripeApiError } from "../engine/stripe-error";

/** Stripe keeps keys at least 24 hours. */
const RETENTION_SECONDS = 24 * 60 * 60;
const MAX_KEY_LENGTH = 255;
let savesSincePrune = 0;

export function checkKey(key: string): void {
  if (key.length > MAX_KEY_LENGTH) {
    throw new StripeApiError(
      400,
      "invalid_request_error",
      `Invalid idempotency key: must be at most ${MAX_KEY_LENGTH} characters.`,
      { param: "Idempotency-Key" },
    );
  }
}

/** What identifies "the same request": method, path and parameters, order-independent. */
export function fingerprint(method: string, path: string, params: unknown): string {
  return `${method} ${path} ${canonical(params)}`;
}

/** The saved response for a key, or null; the same key with other parameters is an error. */
export function replay(engine: Engine, key: string, print: string): IdempotentResult | null {
  const saved = engine.store.idempotency[key];
  if (!saved || saved.created < engine.clock.now() - RETENTION_SECONDS) return null;
  if (saved.fingerprint !== print) {
    throw new StripeApiError(
      400,
      "idempotency_error",
      `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    );
  }
  return saved;
}

export function save(engine: Engine, key: string, result: Omit<IdempotentResult, "created">): void {
  const store = engine.store;
  store.idempotency[key] = { ...result, created: engine.clock.now() };
  if (++savesSincePrune >= 1000) {
    savesSincePrune = 0;
    const cutoff = engine.clock.now() - RETENTION_SECONDS;
    for (const [k, v] of Object.entries(store.idempotency)) if (v.created < cutoff) delete store.idempotency[k];
  }
  store.touchIdempotency();
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
