import { getCheckoutHold } from "../inventory";
import { getPublishableKey, getStripe } from "../stripe/get-stripe";
import { toCheckoutSummary } from "../stripe/to-checkout-summary";

export type CheckoutView = {
  holdId: string;
  status: "active" | "released" | "converted";
  /**
   * Why a released hold ended, as the page tells it: its shopper pressed "Cancel and release seats", its time ran
   * out, or something else ended it (an admin, a checkout that could not start, a delayed payment that failed).
   * Null while it has not been released.
   */
  endReason: "cancelled" | "timed_out" | "ended" | null;
  /** Paid with a delayed method: no countdown, the seats stay held until the payment settles. */
  isAwaitingPayment: boolean;
  expiresAt: string;
  /** When the hold was made (ISO, the database's clock). */
  createdAt: string;
  serverNow: number;
  /** Where and when, for the order summary beside the form (ISO start time). */
  event: { name: string; slug: string; venue: string; startsAt: string; timeZone: string } | null;
  /** Amounts (minor units, in `currency`) are what Stripe's session charges; null once there is no session to ask. */
  lines: { name: string; quantity: number; unitAmount: number | null; amount: number | null }[];
  currency: string | null;
  total: number | null;
  payment: { uiMode: "embedded"; clientSecret: string; publishableKey: string } | { uiMode: "hosted"; url: string } | null;
  orderToken: string | null;
  /** Whether the same seats could be held again right now (offered after a hold ends). */
  canRetry: boolean;
};

/**
 * Everything the checkout page shows, for the hold's own shopper only (null otherwise), from one query
 * (getCheckoutHold): the hold, its lines with their event, products and stock, its order, and what its Checkout
 * Session charges and how to pay it (client secret or URL) — both kept when the session was created, so showing
 * the page never calls Stripe. An active hold's session is open: one that completed or expired ends the hold
 * (webhook, success page, sweeper). Holds made before the summary was kept ask Stripe once, as before.
 */
export async function getCheckoutView({ holdId, holderId }: { holdId: string; holderId: string | undefined }): Promise<CheckoutView | null> {
  const hold = await getCheckoutHold({ holdId });
  if (!hold || !holderId || hold.holderId !== holderId) return null;
  const isOpen = hold.status === "active" && !!hold.checkoutSessionId;
  let summary = hold.checkoutSummary;
  let payment: CheckoutView["payment"] = null;
  if (isOpen && summary) {
    payment = toPayment(hold.checkoutClientSecret, hold.checkoutUrl);
  } else if (isOpen) {
    const session = await getStripe().checkout.sessions.retrieve(hold.checkoutSessionId!, { expand: ["line_items"] });
    summary = toCheckoutSummary(session);
    if (session.status === "open") payment = toPayment(session.client_secret, session.url);
  }
  const shown = isOpen ? summary : null;
  const amounts = new Map((shown?.lines ?? []).map((line) => [line.productId, line]));
  return {
    holdId: hold.id,
    status: hold.status,
    endReason: hold.status === "released" ? toEndReason(hold.releaseReason) : null,
    isAwaitingPayment: hold.isAwaitingPayment,
    expiresAt: hold.expiresAt.toISOString(),
    createdAt: hold.createdAt.toISOString(),
    // The countdown ends at the hold's end on the database's clock; the browser corrects for its own skew.
    serverNow: hold.dbNow.getTime(),
    event: hold.event,
    lines: hold.lines.map((line) => {
      const charged = line.productId ? amounts.get(line.productId) : undefined;
      return { name: line.name, quantity: line.quantity, unitAmount: charged?.unitAmount ?? null, amount: charged?.amount ?? null };
    }),
    currency: shown?.currency ?? null,
    total: shown?.total ?? null,
    payment,
    orderToken: hold.orderToken,
    canRetry: hold.lines.every((line) => line.available >= line.quantity),
  };
}

function toPayment(clientSecret: string | null, url: string | null): CheckoutView["payment"] {
  if (clientSecret) return { uiMode: "embedded", clientSecret, publishableKey: getPublishableKey() };
  return url ? { uiMode: "hosted", url } : null;
}

function toEndReason(releaseReason: string | null): NonNullable<CheckoutView["endReason"]> {
  if (releaseReason === "cancelled") return "cancelled";
  return releaseReason === "expired" ? "timed_out" : "ended";
}
