"use server";

import { revalidatePath } from "next/cache";
import { toLocalizedActionState } from "@/i18n/to-localized-action-state";
import type { ActionState } from "@/lib/action";
import { getHolderId } from "@/lib/auth/holder-cookie";
import { cancelCheckout } from "@/lib/checkout/cancel-checkout";

export type CancelHoldState = ActionState & {
  /** Where to show the outcome: the event page once the seats are back on sale, else the checkout (paid meanwhile). */
  destination?: string;
};

/**
 * "Cancel and release seats" (checkout page, the header's list, the event page): Stripe expires the session,
 * then the seats go back on sale (`endCheckout`). Only the hold's own shopper may: `cancelCheckout` compares
 * the hold's holder with this browser's holder cookie, and answers "not found" to anyone else.
 */
export async function cancelHoldAction(holdId: string): Promise<CancelHoldState> {
  try {
    const { isReleased, eventSlug } = await cancelCheckout({ holdId: String(holdId), holderId: await getHolderId() });
    // The header's count and the event's stock change with it.
    revalidatePath("/", "layout");
    return { destination: isReleased && eventSlug ? `/events/${eventSlug}?released=1` : `/checkout/${holdId}` };
  } catch (error) {
    return toLocalizedActionState(error, { overrides: { not_found: "checkoutGone" } });
  }
}
