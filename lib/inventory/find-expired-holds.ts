import { getDb } from "../db";

export type ExpiredHold = { holdId: string; holderId: string; expiresAt: Date; checkoutSessionId: string | null };

/** Active holds whose end has passed (by the database clock), oldest first. */
export async function findExpiredHolds({ limit = 100 }: { limit?: number } = {}): Promise<ExpiredHold[]> {
  const holds = await getDb().$queryRaw<ExpiredHold[]>`
    SELECT id AS "holdId", holder_id AS "holderId", expires_at AS "expiresAt", checkout_session_id AS "checkoutSessionId"
    FROM hold WHERE status = 'active' AND expires_at <= now()
    ORDER BY expires_at LIMIT ${limit}`;
  return holds;
}
