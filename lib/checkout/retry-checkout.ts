import { AppError } from "../errors";
import { getHold } from "../inventory";
import { startCheckout } from "./start-checkout";

/** One-click retry after a hold ended: the same tickets, held again if they are still there. */
export async function retryCheckout({ holdId, holderId }: { holdId: string; holderId: string }) {
  const hold = await getHold({ holdId });
  if (!hold || hold.holderId !== holderId) throw new AppError("not_found", "This checkout does not exist.");
  if (hold.status !== "released") throw new AppError("conflict", "This checkout is still open.");
  return startCheckout({ holderId, items: hold.lines.map((line) => ({ ticketTypeId: line.ticketTypeId, quantity: line.quantity })) });
}
