"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { adminAction } from "@/lib/admin/admin-action";
import { replayWebhookEvent } from "@/lib/webhooks/replay-webhook-event";

export const replayWebhookAction = adminAction(z.object({ eventId: z.string().regex(/^evt_[A-Za-z0-9]+$/, "Not an event id.") }), async ({ eventId }, actor) => {
  const outcome = await replayWebhookEvent({ eventId, actor });
  revalidatePath("/admin/webhooks");
  const t = await getTranslations("admin.done");
  return outcome === "processed" ? t("replayed") : t("replayedNoHandler");
});
