import { getDb } from "../db";
import type { DbClient } from "./db-client";

/**
 * For a paid session whose hold was already released: sells the hold's quantities again from the seats still
 * available (all or nothing, one statement; see the `reclaim_hold` migration). Returns false when they are gone.
 */
export async function reclaimHold({ holdId }: { holdId: string }, db: DbClient = getDb()): Promise<boolean> {
  const rows = await db.$queryRaw<{ reclaimed: boolean }[]>`SELECT reclaim_hold(${holdId}::uuid) AS reclaimed`;
  return rows[0]?.reclaimed === true;
}
