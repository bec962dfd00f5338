import { getDb } from "../db";
import { verifyWebhookEvent } from "../stripe/verify-webhook-event";
import { dispatchEvent, isHandledEventType } from "./dispatch-event";

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
  // One round trip records the delivery (the id is the key: a redelivery only counts an attempt). A type we do
  // not handle is recorded as processed in the same statement, so acknowledging it costs nothing more.
  const isHandled = isHandledEventType(event.type);
  const [inbox] = await db.$queryRaw<{ processed_at: Date | null; inserted: boolean }[]>`
    INSERT INTO webhook_event (id, type, attempts, processed_at) VALUES (${event.id}, ${event.type}, 1, CASE WHEN ${isHandled} THEN NULL ELSE now() END)
    ON CONFLICT (id) DO UPDATE SET attempts = webhook_event.attempts + 1
    RETURNING processed_at, (xmax = 0) AS inserted`;
  if (!isHandled) return { status: 200, outcome: inbox?.inserted ? "ignored" : "duplicate" };
  if (inbox?.processed_at) return { status: 200, outcome: "duplicate" };
  try {
    const handled = await dispatchEvent(event);
    await db.$executeRaw`UPDATE webhook_event SET processed_at = now(), last_error = NULL WHERE id = ${event.id}`;
    return { status: 200, outcome: handled ? "processed" : "ignored" };
  } catch (error) {
    console.error(`webhook: ${event.type} ${event.id} failed`, error);
    await db.webhookEvent.update({ where: { id: event.id }, data: { lastError: String(error).slice(0, 2000) } });
    return { status: 500, outcome: "failed" };
  }
}
