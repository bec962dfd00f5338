"use client";

import { useTranslations } from "next-intl";
import { setEventPublishedAction } from "@/app/(admin)/admin/events/actions";
import { AdminForm } from "./admin-form";

export function PublishForm({ eventId, published }: { eventId: string; published: boolean }) {
  const t = useTranslations("admin.events");
  return (
    <AdminForm
      action={setEventPublishedAction}
      submitLabel={published ? t("unpublish") : t("publish")}
      variant={published ? "secondary" : "primary"}
      confirm={published ? { title: t("confirmUnpublishTitle"), description: t("confirmUnpublish") } : undefined}
      name={t("publishingForm")}
    >
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="published" value={published ? "false" : "true"} />
    </AdminForm>
  );
}
