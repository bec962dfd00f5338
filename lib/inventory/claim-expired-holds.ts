import { getDb } from "../db";

export type ExpiredHold = { holdId: string; checkoutSessionId: string | null; createdAt: Date };

// How long a claimed hold is left to its sweeper before another may try (also the back-off after a failure).
const CLAIM_SECONDS = 30;

/**
 * Claims active holds whose end has passed (database clock), oldest first, for one sweeper. Sweepers on
 * several instances each get different holds (`SKIP LOCKED`), and a hold whose last attempt failed waits
 * `CLAIM_SECONDS` before it is tried again, so it never blocks the holds behind it.
 */
export async function claimExpiredHolds({ limit = 100 }: { limit?: number } = {}): Promise<ExpiredHold[]> {
  return getDb().$queryRaw<ExpiredHold[]>`
    UPDATE hold SET sweep_after = now() + make_interval(secs => ${CLAIM_SECONDS})
    WHERE id IN (
      SELECT id FROM hold
      WHERE status = 'active' AND expires_at <= now() AND (sweep_after IS NULL OR sweep_after <= now())
      ORDER BY expires_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id AS "holdId", checkout_session_id AS "checkoutSessionId", created_at AS "createdAt"`;
}
