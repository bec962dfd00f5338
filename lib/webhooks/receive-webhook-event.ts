import { getDb } from "../db";
import { verifyWebhookEvent } from "../stripe/verify-webhook-event";
import { dispatchEvent } from "./dispatch-event";

export type ReceiveResult =
  | { status: 400; outcome: "bad_signature" }
  | { status: 200; outcome: "processed" | "duplicate" | "ignored" }
  | { status: 500; outcome: "failed" };

/**
 * The webhook inbox. Verifies the signature over the raw body, records the event id under a unique key (a
 * redelivery of a processed event is acknowledged and ignored), runs its handler, and marks it processed.
 * A failing handler answers 500 so Stripe retries; the handlers are idempotent, so retries and concurrent
 * duplicates converge.
 */
export async function receiveWebhookEvent(rawBody: string, signature: string | null): Promise<ReceiveResult> {
  let event;
  try {
    event = verifyWebhookEvent(rawBody, signature);
  } catch (error) {
    // Logged so a misconfigured secret is visible to operators; the sender learns only "400".
    console.warn(`webhook: rejected a delivery: ${(error as Error).message}`);
    return { status: 400, outcome: "bad_signature" };
  }
  const db = getDb();
  const inbox = await db.webhookEvent.upsert({
    where: { id: event.id },
    create: { id: event.id, type: event.type, attempts: 1 },
    update: { attempts: { increment: 1 } },
  });
  if (inbox.processedAt) return { status: 200, outcome: "duplicate" };
  try {
    const handled = await dispatchEvent(event);
    await db.webhookEvent.update({ where: { id: event.id }, data: { processedAt: new Date(), lastError: null } });
    return { status: 200, outcome: handled ? "processed" : "ignored" };
  } catch (error) {
    console.error(`webhook: ${event.type} ${event.id} failed`, error);
    await db.webhookEvent.update({ where: { id: event.id }, data: { lastError: String(error).slice(0, 2000) } });
    return { status: 500, outcome: "failed" };
  }
}
