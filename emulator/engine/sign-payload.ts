import { createHmac } from "node:crypto";

/** `Stripe-Signature` header value: HMAC-SHA256 with the endpoint secret over `${t}.${body}`. */
export function signPayload(secret: string, body: string, timestamp: number): string {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${signature}`;
}
