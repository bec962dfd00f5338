import { getDb } from "../db";

// Delayed payment methods settle within days. The hold is looked at again every hour (its "end" moves an hour
// on, so the sweeper re-reads the PaymentIntent then) and given up after a week at most: the wait is bounded
// whether or not Stripe's failure webhook ever arrives.
const RECHECK_SECONDS = 60 * 60;
const MAX_WAIT_SECONDS = 7 * 24 * 60 * 60;

/**
 * The session completed but its payment is still pending: mark the hold (it no longer counts against its
 * shopper's limits) and move its end to the next check, on the database's clock. Returns "overdue" when the
 * hold has waited longer than the bound (the caller releases it; a payment that still succeeds later is
 * reclaimed or refunded by fulfilment). Changes only an active hold.
 */
export async function awaitAsyncPayment({ holdId, checkoutSessionId }: { holdId: string; checkoutSessionId: string }): Promise<"waiting" | "overdue" | "not_active"> {
  const rows = await getDb().$queryRaw<{ isOverdue: boolean }[]>`
    UPDATE hold SET
      awaiting_payment_since = coalesce(awaiting_payment_since, now()),
      expires_at = least(now() + make_interval(secs => ${RECHECK_SECONDS}),
                         coalesce(awaiting_payment_since, now()) + make_interval(secs => ${MAX_WAIT_SECONDS}))
    WHERE id = ${holdId}::uuid AND status = 'active'
      AND (checkout_session_id IS NULL OR checkout_session_id = ${checkoutSessionId})
    RETURNING (awaiting_payment_since + make_interval(secs => ${MAX_WAIT_SECONDS}) <= now()) AS "isOverdue"`;
  const row = rows[0];
  if (!row) return "not_active";
  return row.isOverdue ? "overdue" : "waiting";
}
