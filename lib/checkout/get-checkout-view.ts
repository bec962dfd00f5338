import { getDb } from "../db";
import { isAppError } from "../errors";
import { getAvailability, getDbNow } from "../inventory";
import { getPublishableKey, getStripe } from "../stripe/get-stripe";
import { getOwnHold } from "./get-own-hold";

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

/** Everything the checkout page shows, for the hold's own shopper only (null otherwise). */
export async function getCheckoutView({ holdId, holderId }: { holdId: string; holderId: string | undefined }): Promise<CheckoutView | null> {
  const hold = await getOwnHold({ holdId, holderId }).catch((error: unknown) => {
    if (isAppError(error, "not_found")) return null;
    throw error;
  });
  if (!hold) return null;
  let payment: CheckoutView["payment"] = null;
  if (hold.status === "active" && hold.checkoutSessionId) {
    const session = await getStripe().checkout.sessions.retrieve(hold.checkoutSessionId);
    if (session.status === "open") {
      payment = session.client_secret
        ? { uiMode: "embedded", clientSecret: session.client_secret, publishableKey: getPublishableKey() }
        : session.url
          ? { uiMode: "hosted", url: session.url }
          : null;
    }
  }
  const order = hold.checkoutSessionId
    ? await getDb().order.findUnique({ where: { checkoutSessionId: hold.checkoutSessionId }, select: { token: true } })
    : null;
  const availability = await getAvailability({ ticketTypeIds: hold.lines.map((line) => line.ticketTypeId) });
  return {
    holdId: hold.id,
    status: hold.status,
    isAwaitingPayment: hold.isAwaitingPayment,
    expiresAt: hold.expiresAt.toISOString(),
    // The countdown ends at the hold's end on the database's clock; the browser corrects for its own skew.
    serverNow: (await getDbNow()).getTime(),
    eventName: hold.lines[0]?.eventName ?? "",
    eventSlug: hold.lines[0]?.eventSlug ?? "",
    lines: hold.lines.map((line) => ({ name: line.name, quantity: line.quantity })),
    payment,
    orderToken: order?.token ?? null,
    canRetry: hold.lines.every((line) => (availability.get(line.ticketTypeId)?.available ?? 0) >= line.quantity),
  };
}
