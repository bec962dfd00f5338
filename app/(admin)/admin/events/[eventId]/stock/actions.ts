"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { adminAction } from "@/lib/admin/admin-action";
import { endHoldNow } from "@/lib/stock/end-hold-now";

const MESSAGE_KEYS = {
  released: "holdReleased",
  fulfilled: "holdFulfilled",
  awaiting_payment: "holdAwaitingPayment",
  already_settled: "holdAlreadySettled",
} as const;

export const endHoldAction = adminAction(z.object({ holdId: z.uuid() }), async ({ holdId }, actor) => {
  const result = await endHoldNow({ holdId, actor });
  return (await getTranslations("admin.done"))(MESSAGE_KEYS[result]);
});
