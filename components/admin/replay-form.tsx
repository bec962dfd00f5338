"use client";

import { useTranslations } from "next-intl";
import { replayWebhookAction } from "@/app/(admin)/admin/webhooks/actions";
import { AdminForm } from "./admin-form";

export function ReplayForm({ eventId }: { eventId: string }) {
  const t = useTranslations("admin.webhooks");
  return (
    <AdminForm action={replayWebhookAction} submitLabel={t("replay")} variant="secondary" name={t("replayForm", { id: eventId })} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="eventId" value={eventId} />
    </AdminForm>
  );
}
