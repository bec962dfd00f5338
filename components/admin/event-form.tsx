"use client";

import { useTranslations } from "next-intl";
import { saveEventAction } from "@/app/(admin)/admin/events/actions";
import { AdminForm, Field } from "./admin-form";

type EventValues = { id?: string; name?: string; slug?: string; venue?: string; timeZone?: string; startsAt?: string; description?: string; imageUrl?: string | null; presaleStartsAt?: string; generalSaleAt?: string };

/**
 * Create or edit an event. Date-times are the venue's wall clock in its time zone (what the storefront prints and
 * what an organiser thinks in); the server reads them in the zone sent with them. `timeZones`: the names to offer.
 */
export function EventForm({ event, timeZones }: { event?: EventValues; timeZones: string[] }) {
  const t = useTranslations("admin.events");
  return (
    <AdminForm action={saveEventAction} submitLabel={event?.id ? t("save") : t("create")} name={t("detailsForm")} className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="eventId" value={event?.id ?? ""} />
      <Field label={t("fields.name")} name="name" defaultValue={event?.name} required />
      <Field label={t("fields.slug")} name="slug" defaultValue={event?.slug} hint={t("hints.slug")} required />
      <Field label={t("fields.venue")} name="venue" defaultValue={event?.venue} required />
      <Field label={t("fields.timeZone")} name="timeZone" defaultValue={event?.timeZone ?? "UTC"} hint={t("hints.timeZone")} suggestions={timeZones} required />
      <Field label={t("fields.startsAt")} name="startsAt" type="datetime-local" defaultValue={event?.startsAt} required />
      <Field label={t("fields.presaleStartsAt")} name="presaleStartsAt" type="datetime-local" defaultValue={event?.presaleStartsAt} hint={t("hints.presale")} />
      <Field label={t("fields.generalSaleAt")} name="generalSaleAt" type="datetime-local" defaultValue={event?.generalSaleAt} hint={t("hints.generalSale")} />
      <Field label={t("fields.imageUrl")} name="imageUrl" defaultValue={event?.imageUrl ?? ""} hint={t("hints.imageUrl")} />
      <Field label={t("fields.description")} name="description" as="textarea" defaultValue={event?.description} />
    </AdminForm>
  );
}
