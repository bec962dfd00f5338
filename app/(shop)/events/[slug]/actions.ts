"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { toLocalizedActionState } from "@/i18n/to-localized-action-state";
import type { ActionState } from "@/lib/action";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { getOrCreateHolderId } from "@/lib/auth/holder-cookie";
import { startCheckout } from "@/lib/checkout/start-checkout";

const reserveFormSchema = z.object({
  items: z.array(z.object({ ticketTypeId: z.string().uuid(), quantity: z.coerce.number().int().min(0).max(100) })),
  currency: z.string().regex(/^[a-z]{3}$/).optional(),
  uiMode: z.enum(["hosted", "embedded"]).optional(),
});

/** Event page → hold the chosen seats and open a Checkout Session → the checkout page. */
export async function reserveTicketsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = reserveFormSchema.safeParse({
    items: [...formData.entries()]
      .filter(([key]) => key.startsWith("quantity."))
      .map(([key, value]) => ({ ticketTypeId: key.slice("quantity.".length), quantity: value })),
    currency: formData.get("currency") || undefined,
    uiMode: formData.get("uiMode") || undefined,
  });
  if (!parsed.success) return { error: (await getTranslations("ticketPicker"))("errorWholeNumbers") };
  const items = parsed.data.items.filter((item) => item.quantity > 0);
  if (items.length === 0) return { error: (await getTranslations("ticketPicker"))("errorNoneChosen") };
  let holdId: string;
  try {
    ({ holdId } = await startCheckout({ holderId: await getOrCreateHolderId(), items, currency: parsed.data.currency, uiMode: parsed.data.uiMode, userId: (await getCurrentUser())?.id }));
  } catch (error) {
    return toLocalizedActionState(error, {
      fieldFromDetails: (details) => (typeof details.ticketTypeId === "string" ? details.ticketTypeId : undefined),
      overrides: { not_found: "ticketTypeGone", conflict: "notOnSale" },
    });
  }
  redirect(`/checkout/${holdId}`);
}
