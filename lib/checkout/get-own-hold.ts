import { AppError } from "../errors";
import { getHold, type HoldDetails } from "../inventory";

/** The hold, if it belongs to this shopper (holder cookie); otherwise `not_found`, never "someone else's". */
export async function getOwnHold({ holdId, holderId }: { holdId: string; holderId: string | undefined }): Promise<HoldDetails> {
  const hold = await getHold({ holdId });
  if (!hold || !holderId || hold.holderId !== holderId) throw new AppError("not_found", "This checkout does not exist.");
  return hold;
}
