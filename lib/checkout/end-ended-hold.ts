import { endCheckout } from "./end-checkout";
import { getOwnHold } from "./get-own-hold";

/**
 * The shopper's countdown reached zero: end the checkout now instead of waiting for the sweeper, so the seats
 * are back on sale when we say they are. Does nothing before the hold's end (the browser's clock is not trusted).
 */
export async function endEndedHold({ holdId, holderId }: { holdId: string; holderId: string | undefined }) {
  const hold = await getOwnHold({ holdId, holderId });
  if (hold.status === "active" && hold.expiresAt.getTime() <= Date.now()) {
    await endCheckout({ holdId: hold.id, checkoutSessionId: hold.checkoutSessionId });
  }
}
