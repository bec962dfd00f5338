import { getDb } from "../db";
import type { CheckoutSummary } from "../stripe/to-checkout-summary";

/**
 * Records which Checkout Session pays for a hold (once; a hold has at most one session), with what the checkout
 * page needs to show it (the embedded form's client secret, or the hosted page's URL), so showing the page never
 * calls Stripe, and what it charges (`summary`, for the order summary). Returns false when it could not: the hold
 * is no longer active or has another session (the caller must not leave this one open).
 */
export async function attachCheckoutSession({
  holdId,
  checkoutSessionId,
  clientSecret = null,
  url = null,
  summary = null,
}: {
  holdId: string;
  checkoutSessionId: string;
  clientSecret?: string | null;
  url?: string | null;
  summary?: CheckoutSummary | null;
}): Promise<boolean> {
  // One raw statement: Prisma's updateMany wraps its UPDATE in BEGIN/COMMIT (three round trips), and compiling a
  // Prisma query costs more than the query on the flash-sale path.
  const count = await getDb().$executeRaw`
    UPDATE "hold" SET "checkout_session_id" = ${checkoutSessionId}, "checkout_client_secret" = ${clientSecret},
      "checkout_url" = ${url}, "checkout_summary" = ${summary === null ? null : JSON.stringify(summary)}::jsonb
    WHERE "id" = ${holdId}::uuid AND "status" = 'active' AND ("checkout_session_id" IS NULL OR "checkout_session_id" = ${checkoutSessionId})`;
  return count > 0;
}
