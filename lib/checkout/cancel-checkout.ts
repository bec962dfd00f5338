import { AppError } from "../errors";
import { getHold } from "../inventory";
import { endCheckout } from "./end-checkout";

/**
 * The shopper left Stripe's page through "back": expire the session and put the seats back on sale at once.
 * Only the hold's own shopper, with the session Stripe sent back, can do this.
 */
export async function cancelCheckout({ holdId, holderId, checkoutSessionId }: { holdId: string; holderId: string | undefined; checkoutSessionId: string }) {
  const hold = await getHold({ holdId });
  if (!hold || hold.holderId !== holderId || hold.checkoutSessionId !== checkoutSessionId) {
    throw new AppError("not_found", "This checkout does not exist.");
  }
  const result = hold.status === "active" ? await endCheckout({ holdId: hold.id, checkoutSessionId: hold.checkoutSessionId }, "cancelled") : "already_settled";
  return { result, eventSlug: hold.lines[0]?.eventSlug ?? null };
}
