"use client";

import { setEventPublishedAction } from "@/app/(admin)/admin/events/actions";
import { AdminForm } from "./admin-form";

export function PublishForm({ eventId, published }: { eventId: string; published: boolean }) {
  return (
    <AdminForm
      action={setEventPublishedAction}
      submitLabel={published ? "Unpublish" : "Publish"}
      variant={published ? "plain" : "primary"}
      confirm={published ? "Take this event off the storefront? Holds and orders already made stay." : undefined}
      name="Publishing"
    >
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="published" value={published ? "false" : "true"} />
    </AdminForm>
  );
}
