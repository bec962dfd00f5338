import { getDb } from "../db";
import { BENEFIT_STATUSES } from "./plan-keys";

/** Whether the account's membership currently carries benefits, by the webhook-kept mirror (trialing/active). */
export async function hasMemberBenefits(options: { userId: string | undefined }): Promise<boolean> {
  if (!options.userId) return false;
  const found = await getDb().memberSubscription.findFirst({
    where: { userId: options.userId, status: { in: [...BENEFIT_STATUSES] } },
    select: { id: true },
  });
  return found !== null;
}
