import { getDbNow } from "../inventory";
import { endCheckout } from "./end-checkout";
import { getOwnHold } from "./get-own-hold";

/**
 * The shopper's countdown reached zero: end the checkout now instead of waiting for the sweeper, so the seats
 * are back on sale when we say they are. Does nothing before the hold's end by the database's clock (neither the
 * browser's nor this server's clock decides).
 */
export async function endEndedHold({ holdId, holderId }: { holdId: string; holderId: string | undefined }) {
  const hold = await getOwnHold({ holdId, holderId });
  if (hold.status === "active" && hold.expiresAt.getTime() <= (await getDbNow()).getTime()) {
    await endCheckout({ holdId: hold.id, checkoutSessionId: hold.checkoutSessionId, createdAt: hold.createdAt });
  }
}
