"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { toActionState, type ActionState } from "@/lib/action";
import { requireUserOrThrow } from "@/lib/auth/require-user-or-throw";
import { cancelMembership } from "@/lib/memberships/cancel-membership";
import { finishSubscriptionSetup } from "@/lib/memberships/finish-subscription-setup";
import { resumeMembership } from "@/lib/memberships/resume-membership";
import { startCardChange } from "@/lib/memberships/start-card-change";

const subscriptionIdSchema = z.string().regex(/^sub_\w+$/);

/** Cancel at period end (the account's own subscription only: checked inside cancelMembership). */
export async function cancelMembershipAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const subscriptionId = subscriptionIdSchema.safeParse(formData.get("subscriptionId"));
  if (!subscriptionId.success) return { error: "Membership not found." };
  try {
    await cancelMembership({ userId: (await requireUserOrThrow()).id, subscriptionId: subscriptionId.data });
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath("/account");
  return {};
}

export async function resumeMembershipAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const subscriptionId = subscriptionIdSchema.safeParse(formData.get("subscriptionId"));
  if (!subscriptionId.success) return { error: "Membership not found." };
  try {
    await resumeMembership({ userId: (await requireUserOrThrow()).id, subscriptionId: subscriptionId.data });
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath("/account");
  return {};
}

/** A SetupIntent for a new card, for confirmCardSetup in the browser. */
export async function startCardChangeAction(subscriptionId: string): Promise<ActionState & { clientSecret?: string }> {
  const parsed = subscriptionIdSchema.safeParse(subscriptionId);
  if (!parsed.success) return { error: "Membership not found." };
  try {
    return await startCardChange({ userId: (await requireUserOrThrow()).id, subscriptionId: parsed.data });
  } catch (error) {
    return toActionState(error);
  }
}

const finishSchema = z.object({ subscriptionId: subscriptionIdSchema, setupIntentId: z.string().regex(/^seti_\w+$/) });

/** The new card is set up: make it the membership's default. */
export async function finishCardChangeAction(input: { subscriptionId: string; setupIntentId: string }): Promise<ActionState> {
  const parsed = finishSchema.safeParse(input);
  if (!parsed.success) return { error: "That card setup was not found." };
  try {
    await finishSubscriptionSetup({ userId: (await requireUserOrThrow()).id, ...parsed.data });
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath("/account");
  return {};
}
