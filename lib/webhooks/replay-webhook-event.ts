import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/get-current-user";
import { getDb } from "../db";
import { AppError } from "../errors";
import { getStripe } from "../stripe/get-stripe";
import { dispatchEvent } from "./dispatch-event";

/**
 * Runs an inbox event's handler again, with the event re-read from Stripe (the inbox keeps ids, not bodies).
 * Handlers are idempotent, so replaying a processed event is harmless. Records the attempt like a delivery.
 */
export async function replayWebhookEvent({ eventId, actor }: { eventId: string; actor: CurrentUser }): Promise<"processed" | "ignored"> {
  const db = getDb();
  const inbox = await db.webhookEvent.findUnique({ where: { id: eventId } });
  if (!inbox) throw new AppError("not_found", "No such event in the inbox.");
  const event = await getStripe().events.retrieve(eventId);
  await db.webhookEvent.update({ where: { id: eventId }, data: { attempts: { increment: 1 } } });
  try {
    const handled = await dispatchEvent(event);
    await db.webhookEvent.update({ where: { id: eventId }, data: { processedAt: new Date(), lastError: null } });
    await recordAudit({ actor, action: "webhook.replay", subject: eventId, before: { processedAt: inbox.processedAt, lastError: inbox.lastError }, after: { outcome: "processed" } });
    return handled ? "processed" : "ignored";
  } catch (error) {
    await db.webhookEvent.update({ where: { id: eventId }, data: { lastError: String(error).slice(0, 2000) } });
    await recordAudit({ actor, action: "webhook.replay", subject: eventId, after: { outcome: "failed", error: String(error).slice(0, 200) } });
    throw new AppError("internal", `The handler failed again: ${String(error).slice(0, 200)}`, { kind: "replay_failed" });
  }
}
