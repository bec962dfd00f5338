import type { DbClient } from "./db-client";

/**
 * Moves every hold of one holder (and through them its orders and tickets) to another, inside the caller's
 * transaction: signing in makes an anonymous shopper's holds the account's. The target holder row is created
 * if missing. Idempotent: a second call finds nothing left to move.
 * @returns how many holds moved.
 */
export async function transferHolds(tx: DbClient, { fromHolderId, toHolderId }: { fromHolderId: string; toHolderId: string }): Promise<number> {
  if (fromHolderId === toHolderId) return 0;
  await tx.holder.upsert({ where: { id: toHolderId }, create: { id: toHolderId }, update: {} });
  const { count } = await tx.hold.updateMany({ where: { holderId: fromHolderId }, data: { holderId: toHolderId } });
  return count;
}
