import { getDb } from "../db";
import { releaseHold } from "../inventory";

/** Releases the hold a session paid for, found by the session's metadata or by the link we stored. */
export async function releaseSessionHold({ checkoutSessionId, holdId, reason }: { checkoutSessionId: string; holdId?: string | null; reason: string }) {
  const id = holdId ?? (await getDb().hold.findUnique({ where: { checkoutSessionId }, select: { id: true } }))?.id;
  if (!id) return false;
  return releaseHold({ holdId: id, reason });
}
