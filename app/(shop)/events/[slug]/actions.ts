"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReserveState } from "@/components/checkout/ticket-picker";
import { toLocalizedActionState } from "@/i18n/to-localized-action-state";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { getClientKey } from "@/lib/auth/get-client-key";
import { getOrCreateHolderId } from "@/lib/auth/holder-cookie";
import { listOpenHolds } from "@/lib/checkout/list-open-holds";
import { parseReserveForm } from "@/lib/checkout/parse-reserve-form";
import { isAppError } from "@/lib/errors";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { refuseKnownSoldOut } from "@/lib/inventory";

/**
 * Event page → hold the chosen seats and open a Checkout Session → the checkout page. The answer is the hold's
 * page address, not the page: the picker navigates there (one render of the page alone, the shop layout stays),
 * and the checkout page adds the hold to the header's list. A form posted without JavaScript is redirected.
 */
export async function reserveTicketsAction(_previous: ReserveState, formData: FormData): Promise<ReserveState> {
  const parsed = parseReserveForm(formData);
  if ("problem" in parsed) {
    const message = (await getTranslations("ticketPicker"))(parsed.problem.key, parsed.problem.values);
    return { error: message, fieldErrors: parsed.problem.fields && Object.fromEntries(parsed.problem.fields.map((field) => [field, message])) };
  }
  let holdId: string;
  let holderId: string | undefined;
  try {
    // A flash sale's refusals: answered from this process's memory before any cookie, session or database work.
    refuseKnownSoldOut(parsed.data.items.map((item) => item.ticketTypeId));
    holderId = await getOrCreateHolderId();
    ({ holdId } = await startCheckout({ ...parsed.data, holderId, clientKey: await getClientKey(), userId: (await getCurrentUser())?.id, locale: await getLocale() }));
  } catch (error) {
    const state = await toLocalizedActionState(error, {
      fieldFromDetails: (details) => (typeof details.ticketTypeId === "string" ? details.ticketTypeId : undefined),
      overrides: { not_found: "ticketTypeGone", conflict: "notOnSale" },
    });
    // "You already have 3 checkouts in progress": list them right there, to resume or cancel.
    if (holderId && isAppError(error, "limit_exceeded") && error.details.kind === "active_holds") return { ...state, ...(await listOpenHolds({ holderId })) };
    return state;
  }
  const checkoutPath = `/checkout/${holdId}`;
  // React's fetch carries the action id in a header; a plain form post (no JavaScript yet) gets a 303 to the page.
  if (!(await headers()).has("next-action")) redirect(checkoutPath);
  return { checkoutPath };
}
