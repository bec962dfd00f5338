"use server";

import { revalidatePath } from "next/cache";
import { getFormatter, getTranslations } from "next-intl/server";
import { formatMoney } from "@/i18n/format-money";
import { z } from "zod";
import { adminAction } from "@/lib/admin/admin-action";
import { AppError } from "@/lib/errors";
import { refundOrder } from "@/lib/orders/refund-order";

const schema = z.object({
  orderId: z.uuid(),
  ticketIds: z.union([z.uuid(), z.array(z.uuid())]).optional().transform((v) => (v === undefined ? undefined : [v].flat())),
  scope: z.enum(["all", "tickets"]),
});

export const refundOrderAction = adminAction(schema, async (input, actor) => {
  if (input.scope === "tickets" && !input.ticketIds?.length) throw new AppError("invalid_input", "No tickets chosen.", { field: "ticketIds" });
  const result = await refundOrder({ orderId: input.orderId, ticketIds: input.scope === "tickets" ? input.ticketIds : undefined, actor });
  revalidatePath("/", "layout");
  const [t, format] = await Promise.all([getTranslations("admin.done"), getFormatter()]);
  return t("refunded", { amount: formatMoney(format, result.amount, result.currency), count: result.ticketsRefunded });
});
