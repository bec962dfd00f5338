"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { toLocalizedActionState } from "@/i18n/to-localized-action-state";
import type { ActionState } from "@/lib/action";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { getClientKey } from "@/lib/auth/get-client-key";
import { getOrCreateHolderId } from "@/lib/auth/holder-cookie";
import { parseReserveForm } from "@/lib/checkout/parse-reserve-form";
import { startCheckout } from "@/lib/checkout/start-checkout";

/** Event page → hold the chosen seats and open a Checkout Session → the checkout page. */
export async function reserveTicketsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseReserveForm(formData);
  if ("problem" in parsed) {
    const message = (await getTranslations("ticketPicker"))(parsed.problem.key, parsed.problem.values);
    return { error: message, fieldErrors: parsed.problem.fields && Object.fromEntries(parsed.problem.fields.map((field) => [field, message])) };
  }
  let holdId: string;
  try {
    ({ holdId } = await startCheckout({ ...parsed.data, holderId: await getOrCreateHolderId(), clientKey: await getClientKey(), userId: (await getCurrentUser())?.id, locale: await getLocale() }));
  } catch (error) {
    return toLocalizedActionState(error, {
      fieldFromDetails: (details) => (typeof details.ticketTypeId === "string" ? details.ticketTypeId : undefined),
      overrides: { not_found: "ticketTypeGone", conflict: "notOnSale" },
    });
  }
  redirect(`/checkout/${holdId}`);
}
