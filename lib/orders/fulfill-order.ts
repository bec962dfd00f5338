import { awaitAsyncPayment } from "../inventory";
import { getTicketHoldId } from "./get-ticket-hold-id";
import { retrieveCheckoutSession } from "../stripe/retrieve-checkout-session";
import { recordPaidOrder } from "./record-paid-order";

export type FulfilResult =
  | { state: "fulfilled"; token: string; created: boolean }
  | { state: "processing" }
  | { state: "not_paid"; status: string | null }
  | { state: "not_ours" };

/**
 * Turns a paid Checkout Session into an order with tickets. Idempotent, convergent and safe to run at any
 * time from anywhere (webhooks, the success page, the sweeper, the reconciler): it re-reads the session from
 * Stripe and acts on what Stripe says now, not on what a caller or event claims.
 */
export async function fulfillOrder({ checkoutSessionId }: { checkoutSessionId: string }): Promise<FulfilResult> {
  const session = await retrieveCheckoutSession(checkoutSessionId);
  const holdId = getTicketHoldId(session);
  if (!holdId) return { state: "not_ours" };
  if (session.status !== "complete") return { state: "not_paid", status: session.status };
  if (session.payment_status === "unpaid") {
    await awaitAsyncPayment({ holdId });
    return { state: "processing" };
  }
  const order = await recordPaidOrder({
    checkoutSessionId: session.id,
    holdId,
    email: session.customer_details?.email ?? session.customer_email ?? null,
    amountTotal: session.amount_total ?? 0,
    currency: session.currency ?? "eur",
    locale: session.metadata?.locale ?? session.locale,
  });
  return { state: "fulfilled", ...order };
}
