import { AppError } from "../errors";
import { getHold } from "../inventory";
import { endEndedHold } from "./end-ended-hold";
import { startCheckout } from "./start-checkout";

/**
 * One-click retry after a hold ended: the same tickets, held again if they are still there. The shopper may
 * click before the old hold has been ended on the server (their countdown hit zero a moment ago), so end it
 * first; a hold that has not reached its end cannot be retried.
 */
export async function retryCheckout({ holdId, holderId }: { holdId: string; holderId: string }) {
  await endEndedHold({ holdId, holderId });
  const hold = await getHold({ holdId });
  if (!hold) throw new AppError("not_found", "This checkout does not exist.");
  if (hold.status === "converted") throw new AppError("conflict", "This checkout was paid.");
  if (hold.status !== "released") throw new AppError("conflict", "This checkout is still open.");
  return startCheckout({ holderId, items: hold.lines.map((line) => ({ ticketTypeId: line.ticketTypeId, quantity: line.quantity })) });
}
