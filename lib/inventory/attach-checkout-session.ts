import { getDb } from "../db";

/** Records which Checkout Session pays for a hold (once; a hold has at most one session). */
export async function attachCheckoutSession({ holdId, checkoutSessionId }: { holdId: string; checkoutSessionId: string }) {
  await getDb().hold.updateMany({
    where: { id: holdId, checkoutSessionId: null },
    data: { checkoutSessionId },
  });
}
