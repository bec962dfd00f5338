import type { ServerResponse } from "node:http";

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendText(res, status, typeof body === "string" ? body : JSON.stringify(body, null, 2), {
    "Content-Type": "application/json",
    ...headers,
  });
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { "Content-Length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Stripe's API answers cross-origin calls from Stripe.js; the stand-in needs the same. */
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type, Idempotency-Key, Stripe-Version, Stripe-Account",
  "Access-Control-Max-Age": "600",
};
