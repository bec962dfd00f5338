import type Stripe from "stripe";
import { getDb } from "../db";
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
 * Everything the checkout page shows, for the hold's own shopper only (null otherwise). The hold, its order and
 * its lines' stock come in one query (getCheckoutHold). The order summary shows what Stripe's session charges, so
 * an active hold's session is read from Stripe (with its line items) — issue 12 wanted no Stripe call here: that
 * needs the session's amounts stored with the hold, not done yet.
 */
export async function getCheckoutView({ holdId, holderId }: { holdId: string; holderId: string | undefined }): Promise<CheckoutView | null> {
  const hold = await getCheckoutHold({ holdId });
  if (!hold || !holderId || hold.holderId !== holderId) return null;
  let payment: CheckoutView["payment"] = null;
  let session: Stripe.Checkout.Session | null = null;
  if (hold.status === "active" && hold.checkoutSessionId) {
    session = await getStripe().checkout.sessions.retrieve(hold.checkoutSessionId, { expand: ["line_items"] });
    if (session.status === "open") {
      payment = session.client_secret
        ? { uiMode: "embedded", clientSecret: session.client_secret, publishableKey: getPublishableKey() }
        : session.url
          ? { uiMode: "hosted", url: session.url }
          : null;
    }
  }
  const ticketTypes = await getDb().ticketType.findMany({
    where: { id: { in: hold.lines.map((line) => line.ticketTypeId) } },
    select: { id: true, price: { select: { productId: true } }, event: { select: { name: true, slug: true, venue: true, startsAt: true, timeZone: true } } },
  });
  const amounts = amountsByProduct(session);
  const event = ticketTypes[0]?.event;
  return {
    holdId: hold.id,
    status: hold.status,
    isAwaitingPayment: hold.isAwaitingPayment,
    expiresAt: hold.expiresAt.toISOString(),
    // The countdown ends at the hold's end on the database's clock; the browser corrects for its own skew.
    serverNow: hold.dbNow.getTime(),
    eventName: hold.lines[0]?.eventName ?? "",
    eventSlug: hold.lines[0]?.eventSlug ?? "",
    event: event ? { name: event.name, slug: event.slug, venue: event.venue, startsAt: event.startsAt.toISOString(), timeZone: event.timeZone } : null,
    lines: hold.lines.map((line) => {
      const productId = ticketTypes.find((type) => type.id === line.ticketTypeId)?.price?.productId;
      const charged = productId ? amounts.get(productId) : undefined;
      return { name: line.name, quantity: line.quantity, unitAmount: charged?.unitAmount ?? null, amount: charged?.amount ?? null };
    }),
    currency: session?.currency ?? null,
    total: session?.amount_total ?? null,
    payment,
    orderToken: hold.orderToken,
    canRetry: hold.lines.every((line) => line.available >= line.quantity),
  };
}

// A session's lines by product (a member's price is another price of the same product as the ticket type's).
function amountsByProduct(session: Stripe.Checkout.Session | null): Map<string, { unitAmount: number; amount: number }> {
  const amounts = new Map<string, { unitAmount: number; amount: number }>();
  for (const item of session?.line_items?.data ?? []) {
    const product = item.price?.product;
    const productId = typeof product === "string" ? product : product?.id;
    if (productId && item.quantity) amounts.set(productId, { unitAmount: Math.round(item.amount_total / item.quantity), amount: item.amount_total });
  }
  return amounts;
}
