// POST /api/webhooks/stripe — Stripe events into the inbox. The body is read raw (the signature covers its bytes)
// and capped: an oversized body is refused with 413 before more of it is read.
import { readCappedBody } from "@/lib/webhooks/read-capped-body";
import { receiveWebhookEvent } from "@/lib/webhooks/receive-webhook-event";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const body = await readCappedBody(request);
  if (body === null) return Response.json({ received: false, outcome: "too_large" }, { status: 413 });
  const result = await receiveWebhookEvent(body, request.headers.get("stripe-signature"));
  return Response.json({ received: result.status === 200, outcome: result.outcome }, { status: result.status });
}
