import { getDb } from "../db";
import { canViewOrder, type OrderViewer } from "./can-view-order";
import { fulfillOrder } from "./fulfill-order";

export type CheckoutReturn =
  | { state: "fulfilled"; token: string }
  | { state: "processing" }
  | { state: "not_paid" }
  | { state: "unavailable" }
  | { state: "not_found" };

const SESSION_ID = /^cs_[A-Za-z0-9_]{8,200}$/;

/**
 * The shopper is back from Checkout with `?session_id=…`. The session id alone reveals nothing: only a session one
 * of our holds records, viewed by that hold's own shopper (`canViewOrder`), is confirmed. Unknown or foreign ids are
 * answered from the database alone — no Stripe call, no log line — and all look the same ("not_found").
 * For the hold's shopper, fulfilment runs here too (idempotently), so arriving before the webhook still gives tickets.
 */
export async function confirmCheckoutReturn({ checkoutSessionId, viewer }: { checkoutSessionId: string; viewer: OrderViewer }): Promise<CheckoutReturn> {
  if (!SESSION_ID.test(checkoutSessionId)) return { state: "not_found" };
  const hold = await getDb().hold.findUnique({ where: { checkoutSessionId }, select: { holderId: true } });
  if (!hold || !canViewOrder({ hold, viewer })) return { state: "not_found" };
  const result = await fulfillOrder({ checkoutSessionId }).catch((error: unknown) => {
    console.error(`orders/complete: could not confirm ${checkoutSessionId}: ${(error as Error).message}`);
    return null;
  });
  if (!result) return { state: "unavailable" };
  if (result.state === "fulfilled") return { state: "fulfilled", token: result.token };
  if (result.state === "processing") return { state: "processing" };
  return { state: "not_paid" };
}
