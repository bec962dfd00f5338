"use client";

import { saveEventAction } from "@/app/(admin)/admin/events/actions";
import { AdminForm, Field } from "./admin-form";

type EventValues = { id?: string; name?: string; slug?: string; venue?: string; startsAt?: string; description?: string; imageUrl?: string | null; presaleStartsAt?: string; generalSaleAt?: string };

/** Create or edit an event. Date-times are entered and shown in UTC (what the storefront prints). */
export function EventForm({ event }: { event?: EventValues }) {
  return (
    <AdminForm action={saveEventAction} submitLabel={event?.id ? "Save event" : "Create event"} name="Event details" className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="eventId" value={event?.id ?? ""} />
      <Field label="Name" name="name" defaultValue={event?.name} required />
      <Field label="Address (slug)" name="slug" defaultValue={event?.slug} hint="Shown in the link: /events/<slug>" required />
      <Field label="Venue" name="venue" defaultValue={event?.venue} required />
      <Field label="Starts (UTC)" name="startsAt" type="datetime-local" defaultValue={event?.startsAt} required />
      <Field label="Members' presale opens (UTC)" name="presaleStartsAt" type="datetime-local" defaultValue={event?.presaleStartsAt} hint="Empty: no presale" />
      <Field label="General sale opens (UTC)" name="generalSaleAt" type="datetime-local" defaultValue={event?.generalSaleAt} hint="Empty: on sale now" />
      <Field label="Image URL" name="imageUrl" defaultValue={event?.imageUrl ?? ""} hint="https://… or /images/…" />
      <Field label="Description" name="description" as="textarea" defaultValue={event?.description} />
    </AdminForm>
  );
}
