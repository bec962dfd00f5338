import { getDb } from "../db";

/**
 * Records which Checkout Session pays for a hold (once; a hold has at most one session), with what the checkout
 * page needs to show it (the embedded form's client secret, or the hosted page's URL), so showing the page never
 * calls Stripe. Returns false when it could not: the hold is no longer active or has another session (the caller
 * must not leave this one open).
 */
export async function attachCheckoutSession({
  holdId,
  checkoutSessionId,
  clientSecret = null,
  url = null,
}: {
  holdId: string;
  checkoutSessionId: string;
  clientSecret?: string | null;
  url?: string | null;
}): Promise<boolean> {
  const { count } = await getDb().hold.updateMany({
    where: { id: holdId, status: "active", OR: [{ checkoutSessionId: null }, { checkoutSessionId }] },
    data: { checkoutSessionId, checkoutClientSecret: clientSecret, checkoutUrl: url },
  });
  return count > 0;
}
