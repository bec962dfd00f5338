import { endCheckout } from "./end-checkout";
import { getOwnHold } from "./get-own-hold";

/**
 * The shopper left Stripe's page through "back": expire the session and put the seats back on sale at once.
 * Only the hold's own shopper (the holder cookie) can do this; the hold id in the link is unguessable.
 */
export async function cancelCheckout({ holdId, holderId }: { holdId: string; holderId: string | undefined }) {
  const hold = await getOwnHold({ holdId, holderId });
  const result = hold.status === "active" ? await endCheckout({ holdId: hold.id, checkoutSessionId: hold.checkoutSessionId, createdAt: hold.createdAt }, "cancelled") : "already_settled";
  return { result, isReleased: result === "released" || hold.status === "released", eventSlug: hold.lines[0]?.eventSlug ?? null };
}
