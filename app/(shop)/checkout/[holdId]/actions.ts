"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { toLocalizedActionState } from "@/i18n/to-localized-action-state";
import type { ReserveState } from "@/components/checkout/ticket-picker";
import { getClientKey } from "@/lib/auth/get-client-key";
import { getHolderId, getOrCreateHolderId } from "@/lib/auth/holder-cookie";
import { endEndedHold } from "@/lib/checkout/end-ended-hold";
import { listOpenHolds } from "@/lib/checkout/list-open-holds";
import { retryCheckout } from "@/lib/checkout/retry-checkout";
import { isAppError } from "@/lib/errors";

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
export async function retryCheckoutAction(holdId: string, _previous: ReserveState): Promise<ReserveState> {
  let newHoldId: string;
  const holderId = await getOrCreateHolderId();
  try {
    ({ holdId: newHoldId } = await retryCheckout({ holdId, holderId, clientKey: await getClientKey() }));
  } catch (error) {
    const state = await toLocalizedActionState(error, { overrides: { not_found: "checkoutGone", conflict: "checkoutChanged" } });
    // At the limit of checkouts in progress: list them, to resume or cancel one.
    if (isAppError(error, "limit_exceeded") && error.details.kind === "active_holds") return { ...state, ...(await listOpenHolds({ holderId })) };
    return state;
  }
  revalidatePath("/", "layout");
  redirect(`/checkout/${newHoldId}`);
}
