// POST /api/webhooks/stripe — Stripe events into the inbox. The body is read raw (the signature covers its bytes)
// and capped: an oversized body is refused with 413 before more of it is read.
import { readCappedBody } from "@/lib/webhooks/read-capped-body";
import { receiveWebhookEvent } from "@/lib/webhooks/receive-webhook-event";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const body = await readCappedBody(request);
  if (body === null) return answer(413, { received: false, outcome: "too_large" });
  const result = await receiveWebhookEvent(body, request.headers.get("stripe-signature"));
  return answer(result.status, { received: result.status === 200, outcome: result.outcome });
}

// `no-transform`: `next start` would otherwise open a gzip stream for each of these few-byte replies (route bodies
// reach it streamed, so it cannot see they are small), which costs more CPU than the rest of an acknowledgement.
function answer(status: number, payload: object): Response {
  return Response.json(payload, { status, headers: { "cache-control": "no-store, no-transform" } });
}
