import type { IncomingMessage } from "node:http";
import { StripeApiError } from "../engine/stripe-error";

export type KeyType = "secret" | "publishable";

/** The API key of a request, from `Authorization: Bearer <key>` or basic auth with the key as user. */
export function apiKeyOf(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const [scheme, value = ""] = header.split(" ", 2);
  if (scheme?.toLowerCase() === "bearer") return value.trim();
  if (scheme?.toLowerCase() === "basic") {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    return decoded.split(":")[0] ?? null;
  }
  return null;
}

/** Any `sk_test_…` is a secret key and any `pk_test_…` a publishable one; nothing else gets in. */
export function authenticate(req: IncomingMessage): KeyType {
  const key = apiKeyOf(req);
  if (!key) {
    throw new StripeApiError(
      401,
      "invalid_request_error",
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    );
  }
  if (/^(sk|rk)_test_\w+$/.test(key)) return "secret";
  if (/^pk_test_\w+$/.test(key)) return "publishable";
  throw new StripeApiError(401, "invalid_request_error", `Invalid API Key provided: ${redact(key)}`, {
    code: "api_key_invalid",
  });
}

export function publishableKeyRefused(): StripeApiError {
  return new StripeApiError(
    401,
    "invalid_request_error",
    "This API call cannot be made with a publishable API key. Please use a secret API key.",
    { code: "secret_key_required" },
  );
}

function redact(key: string): string {
  return key.length > 8 ? `${key.slice(0, 8)}${"*".repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` : key;
}
