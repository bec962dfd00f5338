// POST /api/webhooks/stripe — Stripe events into the inbox. The body is read raw: the signature covers its bytes.
import { receiveWebhookEvent } from "@/lib/webhooks/receive-webhook-event";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const result = await receiveWebhookEvent(await request.text(), request.headers.get("stripe-signature"));
  return Response.json({ received: result.status === 200, outcome: result.outcome }, { status: result.status });
}
