import { randomUUID } from "node:crypto";
import { getDb } from "../db";
import { transferHolds } from "../inventory";
import { HOLDER_ID_PATTERN } from "./holder-id";

/**
 * Makes what an anonymous shopper did before signing in the account's: the holds (and through them the
 * orders and tickets) of `anonymousHolderId` move to the account's holder id, which is created on first
 * sign-in — adopting the anonymous id itself when the account has none yet, so nothing needs to move.
 * A holder id that already belongs to another account is never taken over (a browser left signed in to
 * someone else must not hand their orders to whoever signs in next). Idempotent.
 * @returns the account's holder id, for the holder cookie.
 */
export async function mergeHolderIntoAccount(options: { userId: string; anonymousHolderId?: string }): Promise<string> {
  const { userId } = options;
  const anonymous = options.anonymousHolderId && HOLDER_ID_PATTERN.test(options.anonymousHolderId) ? options.anonymousHolderId : undefined;
  const db = getDb();
  return db.$transaction(async (tx) => {
    const owner = anonymous ? await tx.member.findUnique({ where: { holderId: anonymous } }) : null;
    const adoptable = anonymous && !owner ? anonymous : undefined;
    // Insert-or-nothing, then read: concurrent sign-ins of one account agree on one holder id.
    await tx.member.upsert({ where: { userId }, create: { userId, holderId: adoptable ?? randomUUID() }, update: {} });
    const member = await tx.member.findUniqueOrThrow({ where: { userId } });
    if (adoptable) await transferHolds(tx, { fromHolderId: adoptable, toHolderId: member.holderId });
    return member.holderId;
  });
}
