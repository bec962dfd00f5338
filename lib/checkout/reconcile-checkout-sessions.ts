import { getDb } from "../db";
import { getDbNow } from "../inventory";
import { fulfillOrder } from "../orders/fulfill-order";
import { getTicketHoldId } from "../orders/get-ticket-hold-id";
import { expireCheckoutSession } from "../stripe/expire-checkout-session";
import { getStripe } from "../stripe/get-stripe";

export type ReconcileReport = { fulfilled: number; released: number; orphansExpired: number };

/**
 * Catches what missed webhooks would have done: lists recent Checkout Sessions from Stripe and settles them
 * (completed without an order → fulfil, or release when a delayed payment failed; expired → release its own
 * hold). It also expires orphans: open sessions that no active hold records (their create call's answer was
 * lost, or the hold was released while the call hung), so nobody can pay for seats that went back on sale.
 * Idempotent; logs what it changed.
 */
export async function reconcileCheckoutSessions({ sinceHours = 26 }: { sinceHours?: number } = {}): Promise<ReconcileReport> {
  const report: ReconcileReport = { fulfilled: 0, released: 0, orphansExpired: 0 };
  const now = Math.floor((await getDbNow()).getTime() / 1000);
  const db = getDb();
  for await (const session of getStripe().checkout.sessions.list({ created: { gte: now - sinceHours * 3600 }, limit: 100 })) {
    const holdId = getTicketHoldId(session);
    if (!holdId) continue;
    if (session.status === "complete") {
      const hasOrder = await db.order.findUnique({ where: { checkoutSessionId: session.id }, select: { id: true } });
      if (hasOrder) continue;
      const result = await fulfillOrder({ checkoutSessionId: session.id });
      if (result.state === "fulfilled" && result.created) report.fulfilled++;
      if (result.state === "released" && result.isReleased) report.released++;
    } else if (session.status === "expired") {
      const result = await fulfillOrder({ checkoutSessionId: session.id });
      if (result.state === "released" && result.isReleased) report.released++;
    } else if (session.status === "open") {
      const hold = await db.hold.findUnique({ where: { id: holdId }, select: { status: true, checkoutSessionId: true } });
      // An active hold that has not recorded a session yet may be waiting for this very create call: leave it.
      if (hold?.status === "active" && (hold.checkoutSessionId === session.id || hold.checkoutSessionId === null)) continue;
      const outcome = await expireCheckoutSession(session.id);
      if (outcome.state === "expired") report.orphansExpired++;
      else await fulfillOrder({ checkoutSessionId: session.id });
    }
  }
  if (report.fulfilled || report.released || report.orphansExpired) {
    console.log(`reconcile: fulfilled ${report.fulfilled}, released ${report.released}, orphan sessions expired ${report.orphansExpired}`);
  }
  return report;
}
