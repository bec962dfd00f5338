import { getCheckoutHold } from "../inventory";
import { getPublishableKey, getStripe } from "../stripe/get-stripe";

export type CheckoutView = {
  holdId: string;
  status: "active" | "released" | "converted";
  /** Paid with a delayed method: no countdown, the seats stay held until the payment settles. */
  isAwaitingPayment: boolean;
  expiresAt: string;
  serverNow: number;
  eventName: string;
  eventSlug: string;
  lines: { name: string; quantity: number }[];
  payment: { uiMode: "embedded"; clientSecret: string; publishableKey: string } | { uiMode: "hosted"; url: string } | null;
  orderToken: string | null;
  /** Whether the same seats could be held again right now (offered after a hold ends). */
  canRetry: boolean;
};

/**
 * Everything the checkout page shows, for the hold's own shopper only (null otherwise). One database query; the
 * session's client secret or URL was stored with the hold when it was made, so Stripe is asked only for holds
 * made before that was stored.
 */
export async function getCheckoutView({ holdId, holderId }: { holdId: string; holderId: string | undefined }): Promise<CheckoutView | null> {
  const hold = await getCheckoutHold({ holdId });
  if (!hold || !holderId || hold.holderId !== holderId) return null;
  let payment: CheckoutView["payment"] = null;
  if (hold.status === "active" && !hold.isAwaitingPayment && hold.checkoutSessionId) {
    if (hold.checkoutClientSecret) payment = { uiMode: "embedded", clientSecret: hold.checkoutClientSecret, publishableKey: getPublishableKey() };
    else if (hold.checkoutUrl) payment = { uiMode: "hosted", url: hold.checkoutUrl };
    else payment = await retrievePayment(hold.checkoutSessionId);
  }
  return {
    holdId: hold.id,
    status: hold.status,
    isAwaitingPayment: hold.isAwaitingPayment,
    expiresAt: hold.expiresAt.toISOString(),
    // The countdown ends at the hold's end on the database's clock; the browser corrects for its own skew.
    serverNow: hold.dbNow.getTime(),
    eventName: hold.lines[0]?.eventName ?? "",
    eventSlug: hold.lines[0]?.eventSlug ?? "",
    lines: hold.lines.map((line) => ({ name: line.name, quantity: line.quantity })),
    payment,
    orderToken: hold.orderToken,
    canRetry: hold.lines.every((line) => line.available >= line.quantity),
  };
}

// Holds from before the client secret was stored with the hold.
async function retrievePayment(checkoutSessionId: string): Promise<CheckoutView["payment"]> {
  const session = await getStripe().checkout.sessions.retrieve(checkoutSessionId);
  if (session.status !== "open") return null;
  if (session.client_secret) return { uiMode: "embedded", clientSecret: session.client_secret, publishableKey: getPublishableKey() };
  return session.url ? { uiMode: "hosted", url: session.url } : null;
}
