import { AppError } from "../errors";
import { endEndedHold } from "./end-ended-hold";
import { getOwnHold } from "./get-own-hold";
import { startCheckout } from "./start-checkout";

/**
 * One-click retry after a hold ended: the same tickets, held again if they are still there. The shopper may
 * click before the old hold has been ended on the server (their countdown hit zero a moment ago), so end it
 * first; a hold that has not reached its end cannot be retried.
 */
export async function retryCheckout({ holdId, holderId, clientKey }: { holdId: string; holderId: string; clientKey?: string | null }) {
  await endEndedHold({ holdId, holderId });
  const hold = await getOwnHold({ holdId, holderId });
  if (hold.status === "converted") throw new AppError("conflict", "This checkout was paid.");
  if (hold.status !== "released") throw new AppError("conflict", "This checkout is still open.");
  return startCheckout({ holderId, clientKey, items: hold.lines.map((line) => ({ ticketTypeId: line.ticketTypeId, quantity: line.quantity })) });
}
