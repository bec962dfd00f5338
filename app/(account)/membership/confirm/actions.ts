"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { toActionState, type ActionState } from "@/lib/action";
import { requireUserOrThrow } from "@/lib/auth/require-user-or-throw";
import { finishSubscriptionSetup } from "@/lib/memberships/finish-subscription-setup";

const finishSchema = z.object({ subscriptionId: z.string().regex(/^sub_\w+$/), setupIntentId: z.string().regex(/^seti_\w+$/) });

/** The browser confirmed a SetupIntent: check it with Stripe and make its card the membership's default. */
export async function finishSetupAction(input: { subscriptionId: string; setupIntentId: string }): Promise<ActionState> {
  const parsed = finishSchema.safeParse(input);
  if (!parsed.success) return { error: "That card setup was not found." };
  try {
    const user = await requireUserOrThrow();
    await finishSubscriptionSetup({ userId: user.id, ...parsed.data });
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath("/account");
  return {};
}
