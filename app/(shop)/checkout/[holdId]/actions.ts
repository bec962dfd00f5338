"use server";

import { redirect } from "next/navigation";
import { toLocalizedActionState } from "@/i18n/to-localized-action-state";
import type { ActionState } from "@/lib/action";
import { getHolderId, getOrCreateHolderId } from "@/lib/auth/holder-cookie";
import { endEndedHold } from "@/lib/checkout/end-ended-hold";
import { retryCheckout } from "@/lib/checkout/retry-checkout";

/** The countdown reached zero: end this hold now (the server checks its end itself). The page re-reads itself. */
export async function endHoldAction(holdId: string): Promise<void> {
  try {
    await endEndedHold({ holdId, holderId: await getHolderId() });
  } catch (error) {
    // Stripe unreachable, say: the sweeper ends the hold on its next run; the page shows it as ending.
    console.error(`checkout: could not end hold ${holdId} now`, error);
  }
}

/** Hold the same seats again after a hold ended. */
export async function retryCheckoutAction(holdId: string, _previous: ActionState): Promise<ActionState> {
  let newHoldId: string;
  try {
    ({ holdId: newHoldId } = await retryCheckout({ holdId, holderId: await getOrCreateHolderId() }));
  } catch (error) {
    return toLocalizedActionState(error, { overrides: { not_found: "checkoutGone", conflict: "checkoutChanged" } });
  }
  redirect(`/checkout/${newHoldId}`);
}
