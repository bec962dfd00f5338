import { getDb } from "../db";
import { releaseHold } from "../inventory";
import { fulfillOrder } from "../orders/fulfill-order";
import { getTicketHoldId } from "../orders/get-ticket-hold-id";
import { getStripe } from "../stripe/get-stripe";

export type ReconcileReport = { fulfilled: number; released: number };

/**
 * Catches what missed webhooks would have done: lists recent Checkout Sessions from Stripe and fulfils the
 * completed ones without an order, releases holds whose session expired. Idempotent; logs what it changed.
 */
export async function reconcileCheckoutSessions({ sinceHours = 26 }: { sinceHours?: number } = {}): Promise<ReconcileReport> {
  const report: ReconcileReport = { fulfilled: 0, released: 0 };
  const since = Math.floor(Date.now() / 1000) - sinceHours * 3600;
  const db = getDb();
  for await (const session of getStripe().checkout.sessions.list({ created: { gte: since }, limit: 100 })) {
    const holdId = getTicketHoldId(session);
    if (!holdId) continue;
    if (session.status === "complete") {
      const hasOrder = await db.order.findUnique({ where: { checkoutSessionId: session.id }, select: { id: true } });
      if (!hasOrder) {
        const result = await fulfillOrder({ checkoutSessionId: session.id });
        if (result.state === "fulfilled" && result.created) report.fulfilled++;
      }
    } else if (session.status === "expired") {
      if (await releaseHold({ holdId, reason: "expired" })) report.released++;
    }
  }
  if (report.fulfilled || report.released) console.log(`reconcile: fulfilled ${report.fulfilled}, released ${report.released}`);
  return report;
}
