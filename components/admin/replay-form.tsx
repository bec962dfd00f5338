"use client";

import { replayWebhookAction } from "@/app/(admin)/admin/webhooks/actions";
import { AdminForm } from "./admin-form";

export function ReplayForm({ eventId }: { eventId: string }) {
  return (
    <AdminForm action={replayWebhookAction} submitLabel="Replay" variant="plain" name={`Replay ${eventId}`} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="eventId" value={eventId} />
    </AdminForm>
  );
}
