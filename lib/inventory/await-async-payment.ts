import { getDb } from "../db";

// Delayed payment methods settle within days; keep the seats held until Stripe says how it went.
const ASYNC_PAYMENT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The session completed but its payment is still pending: mark the hold and keep its seats out of the
 * sweeper's reach until `checkout.session.async_payment_succeeded|failed` arrives. Changes only an active hold.
 */
export async function awaitAsyncPayment({ holdId }: { holdId: string }): Promise<void> {
  await getDb().hold.updateMany({
    where: { id: holdId, status: "active", awaitingPaymentSince: null },
    data: { expiresAt: new Date(Date.now() + ASYNC_PAYMENT_WINDOW_MS), awaitingPaymentSince: new Date() },
  });
}
