import { getDb } from "../db";
import type { DbClient } from "./db-client";

/**
 * Puts a hold's seats back on sale. One statement: the hold leaves `active` and its seats become available
 * together, so a second call (or a concurrent one, or a convert that won the race) changes nothing.
 * With `checkoutSessionId`, only when that session is the hold's own (a session that says it failed or
 * expired cannot release a hold paid through another one). Returns whether this call released it.
 */
export async function releaseHold(
  { holdId, reason, checkoutSessionId }: { holdId: string; reason: string; checkoutSessionId?: string },
  db: DbClient = getDb(),
): Promise<boolean> {
  const sessionId = checkoutSessionId ?? null;
  const rows = await db.$queryRaw<{ released: number }[]>`
    WITH released AS (
      UPDATE hold SET status = 'released', released_at = now(), release_reason = ${reason}
      WHERE id = ${holdId}::uuid AND status = 'active'
        AND (${sessionId}::text IS NULL OR checkout_session_id = ${sessionId}::text)
      RETURNING id
    ), freed AS (
      UPDATE seat SET status = 'available', hold_id = NULL
      WHERE hold_id IN (SELECT id FROM released) AND status = 'held'
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM released)::int AS released, (SELECT count(*) FROM freed)::int AS seats`;
  return (rows[0]?.released ?? 0) > 0;
}
