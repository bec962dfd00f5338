import { getDb } from "../db";

/**
 * Records which Checkout Session pays for a hold (once; a hold has at most one session). Returns false when
 * it could not: the hold is no longer active or has another session (the caller must not leave this one open).
 */
export async function attachCheckoutSession({ holdId, checkoutSessionId }: { holdId: string; checkoutSessionId: string }): Promise<boolean> {
  const { count } = await getDb().hold.updateMany({
    where: { id: holdId, status: "active", OR: [{ checkoutSessionId: null }, { checkoutSessionId }] },
    data: { checkoutSessionId },
  });
  return count > 0;
}
