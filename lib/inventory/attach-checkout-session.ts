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
  // One statement: Prisma's updateMany wraps its UPDATE in BEGIN/COMMIT, three round trips on the reserve path.
  const count = await getDb().$executeRaw`
    UPDATE hold SET checkout_session_id = ${checkoutSessionId}, checkout_client_secret = ${clientSecret}, checkout_url = ${url}
    WHERE id = ${holdId}::uuid AND status = 'active' AND (checkout_session_id IS NULL OR checkout_session_id = ${checkoutSessionId})`;
  return count > 0;
}
