import { getDb } from "../db";
import type { DbClient } from "./db-client";

/**
 * Turns a hold into a sale: the hold becomes `converted` and its seats `sold`, in one statement. Only an
 * active hold converts, so converting twice, or after a release, changes nothing. Returns whether this call
 * converted it.
 */
export async function convertHold({ holdId }: { holdId: string }, db: DbClient = getDb()): Promise<boolean> {
  const rows = await db.$queryRaw<{ converted: number }[]>`
    WITH converted AS (
      UPDATE hold SET status = 'converted', converted_at = now()
      WHERE id = ${holdId}::uuid AND status = 'active'
      RETURNING id
    ), sold AS (
      UPDATE seat SET status = 'sold'
      WHERE hold_id IN (SELECT id FROM converted) AND status = 'held'
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM converted)::int AS converted, (SELECT count(*) FROM sold)::int AS seats`;
  return (rows[0]?.converted ?? 0) > 0;
}
