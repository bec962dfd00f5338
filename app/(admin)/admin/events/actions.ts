"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/admin/admin-action";
import { changeTicketTypePrice, changeTicketTypePriceSchema } from "@/lib/catalog/change-ticket-type-price";
import { saveEvent, saveEventSchema } from "@/lib/events/save-event";
import { saveTicketType, saveTicketTypeSchema } from "@/lib/events/save-ticket-type";
import { setEventPublished } from "@/lib/events/set-event-published";

export const saveEventAction = adminAction(saveEventSchema, async (input, actor) => {
  const id = await saveEvent({ input, actor });
  revalidatePath("/admin", "layout");
  if (!input.eventId) redirect(`/admin/events/${id}`);
  return (await getTranslations("admin.done"))("eventSaved");
});

export const setEventPublishedAction = adminAction(z.object({ eventId: z.uuid(), published: z.enum(["true", "false"]) }), async (input, actor) => {
  await setEventPublished({ eventId: input.eventId, published: input.published === "true", actor });
  revalidatePath("/", "layout");
  const t = await getTranslations("admin.done");
  return input.published === "true" ? t("published") : t("unpublished");
});

export const saveTicketTypeAction = adminAction(saveTicketTypeSchema, async (input, actor) => {
  await saveTicketType({ input, actor });
  revalidatePath("/", "layout");
  const t = await getTranslations("admin.done");
  return input.ticketTypeId ? t("ticketTypeSaved") : t("ticketTypeAdded");
});

export const changeTicketTypePriceAction = adminAction(changeTicketTypePriceSchema, async (input, actor) => {
  await changeTicketTypePrice({ input, actor });
  revalidatePath("/", "layout");
  return (await getTranslations("admin.done"))("priceChanged");
});
