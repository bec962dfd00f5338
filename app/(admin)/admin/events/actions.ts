"use server";

import { revalidatePath } from "next/cache";
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
  return "Event saved.";
});

export const setEventPublishedAction = adminAction(z.object({ eventId: z.uuid(), published: z.enum(["true", "false"]) }), async (input, actor) => {
  await setEventPublished({ eventId: input.eventId, published: input.published === "true", actor });
  revalidatePath("/", "layout");
  return input.published === "true" ? "Published: the event is on the storefront." : "Unpublished: the event is off the storefront.";
});

export const saveTicketTypeAction = adminAction(saveTicketTypeSchema, async (input, actor) => {
  await saveTicketType({ input, actor });
  revalidatePath("/", "layout");
  return input.ticketTypeId ? "Ticket type saved." : "Ticket type added.";
});

export const changeTicketTypePriceAction = adminAction(changeTicketTypePriceSchema, async (input, actor) => {
  await changeTicketTypePrice({ input, actor });
  revalidatePath("/", "layout");
  return "Price changed: new price live, old price archived.";
});
