"use server";

import { redirect } from "next/navigation";
import { getHolderId, getOrCreateHolderId } from "@/lib/auth/holder-cookie";
import { endEndedHold } from "@/lib/checkout/end-ended-hold";
import { retryCheckout } from "@/lib/checkout/retry-checkout";

/** The countdown reached zero: end this hold now (the server checks its end itself). */
export async function endHoldAction(holdId: string): Promise<void> {
  await endEndedHold({ holdId, holderId: await getHolderId() });
  redirect(`/checkout/${holdId}`);
}

/** Hold the same seats again after a hold ended. */
export async function retryCheckoutAction(holdId: string): Promise<void> {
  const { holdId: newHoldId } = await retryCheckout({ holdId, holderId: await getOrCreateHolderId() });
  redirect(`/checkout/${newHoldId}`);
}
