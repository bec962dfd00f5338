import { getDb } from "../db";

/** Moves an active hold's end to now (database clock), so the next sweep ends it. Returns whether it changed one. */
export async function endHoldNow({ holdId }: { holdId: string }): Promise<boolean> {
  const count = await getDb().$executeRaw`
    UPDATE hold SET expires_at = least(expires_at, now()), sweep_after = NULL
    WHERE id = ${holdId}::uuid AND status = 'active'`;
  return count > 0;
}
