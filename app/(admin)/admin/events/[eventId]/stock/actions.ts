"use server";

import { z } from "zod";
import { adminAction } from "@/lib/admin/admin-action";
import { endHoldNow } from "@/lib/stock/end-hold-now";

const MESSAGES = {
  released: "Hold ended: Stripe expired the session and the seats are back on sale.",
  fulfilled: "The shopper had already paid: the order was fulfilled instead.",
  awaiting_payment: "The shopper paid with a delayed method: the seats stay held until it settles.",
  already_settled: "This hold had already ended.",
} as const;

export const endHoldAction = adminAction(z.object({ holdId: z.uuid() }), async ({ holdId }, actor) => MESSAGES[await endHoldNow({ holdId, actor })]);
