"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/lib/admin/admin-action";
import { formatMoney } from "@/lib/money";
import { refundOrder } from "@/lib/orders/refund-order";

const schema = z.object({
  orderId: z.uuid(),
  ticketIds: z.union([z.uuid(), z.array(z.uuid())]).optional().transform((v) => (v === undefined ? undefined : [v].flat())),
  scope: z.enum(["all", "tickets"]),
});

export const refundOrderAction = adminAction(schema, async (input, actor) => {
  if (input.scope === "tickets" && !input.ticketIds?.length) return "Tick the tickets to refund first.";
  const result = await refundOrder({ orderId: input.orderId, ticketIds: input.scope === "tickets" ? input.ticketIds : undefined, actor });
  revalidatePath("/", "layout");
  return `Refunded ${formatMoney(result.amount, result.currency)}; ${result.ticketsRefunded} ticket(s) back on sale.`;
});
