import { getDb } from "../db";

/**
 * When the next sweep has work: the earliest moment an active hold is past its end and not claimed by a sweeper
 * (as `claimExpiredHolds` sees it), in milliseconds from now on the database's clock — 0 if already due, null if
 * no hold is active. Also returns the database's clock, so callers can relate it to their own.
 */
export async function getNextSweepAt(): Promise<{ inMs: number | null; dbNow: Date }> {
  const rows = await getDb().$queryRaw<{ in_ms: number | null; db_now: Date }[]>`
    SELECT greatest(0, extract(epoch FROM min(greatest(expires_at, coalesce(sweep_after, expires_at))) - now()) * 1000)::float8 AS in_ms,
      now() AS db_now
    FROM hold WHERE status = 'active'`;
  const row = rows[0];
  return { inMs: row?.in_ms ?? null, dbNow: new Date(row?.db_now ?? Date.now()) };
}
