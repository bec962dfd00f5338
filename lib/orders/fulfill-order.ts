import type Stripe from "stripe";
import { awaitAsyncPayment, releaseHold } from "../inventory";
import { isStripeError } from "../stripe/is-stripe-error";
import { retrieveCheckoutSession } from "../stripe/retrieve-checkout-session";
import type { StripeCallOptions } from "../stripe/to-request-options";
import { getTicketHoldId } from "./get-ticket-hold-id";
import { recordPaidOrder } from "./record-paid-order";

export type FulfilResult =
  | { state: "fulfilled"; token: string; created: boolean }
  | { state: "processing" }
  | { state: "released"; reason: "expired" | "async_payment_failed" | "async_payment_overdue"; isReleased: boolean }
  | { state: "not_paid"; status: string | null }
  | { state: "not_ours" };

// A delayed payment's PaymentIntent goes back to these when it fails: the session can never be paid now.
const FAILED_INTENT_STATUSES = new Set<Stripe.PaymentIntent.Status>(["requires_payment_method", "canceled"]);

/**
 * Brings a ticket Checkout Session's hold in line with what Stripe says now: paid → an order with tickets;
 * completed but unpaid → keep waiting (bounded), or release when its PaymentIntent failed; expired → release.
 * Idempotent, convergent and safe to run at any time from anywhere (webhooks, the success page, the sweeper,
 * the reconciler): it re-reads the session from Stripe and acts on what Stripe says, not on what a caller or an
 * event body claims, and it releases only a hold whose own session this is. (One exception lives in the webhook
 * handler for `checkout.session.expired`: a signed body saying "expired" is final, so it releases without this.)
 */
export async function fulfillOrder({ checkoutSessionId }: { checkoutSessionId: string }, options?: StripeCallOptions): Promise<FulfilResult> {
  const session = await retrieveCheckoutSession(checkoutSessionId, options).catch((error: unknown) => {
    // A session Stripe does not have is not ours to act on (and retrying will not make it appear).
    if (isStripeError(error, "resource_missing")) return null;
    throw error;
  });
  if (!session) return { state: "not_ours" };
  const holdId = getTicketHoldId(session);
  if (!holdId) return { state: "not_ours" };
  const release = async (reason: "expired" | "async_payment_failed" | "async_payment_overdue") => ({
    state: "released" as const,
    reason,
    isReleased: await releaseHold({ holdId, reason, checkoutSessionId: session.id }),
  });
  if (session.status === "expired") return release("expired");
  if (session.status !== "complete") return { state: "not_paid", status: session.status };
  if (session.payment_status === "unpaid") {
    const intent = session.payment_intent;
    if (intent && typeof intent !== "string" && FAILED_INTENT_STATUSES.has(intent.status)) return release("async_payment_failed");
    if ((await awaitAsyncPayment({ holdId, checkoutSessionId: session.id })) === "overdue") return release("async_payment_overdue");
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
