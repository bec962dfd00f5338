"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/config";
import { toLocalizedActionState } from "@/i18n/to-localized-action-state";
import type { ActionState } from "@/lib/action";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { startMembershipCheckout } from "@/lib/memberships/start-membership-checkout";
import { startTrialSubscription } from "@/lib/memberships/start-trial-subscription";
import { PLAN_LOOKUP_KEYS } from "@/lib/memberships/plan-keys";

const planFormSchema = z.object({
  plan: z.enum(PLAN_LOOKUP_KEYS),
  currency: z.string().regex(/^[a-z]{3}$/).optional(),
});

function parsePlanForm(formData: FormData) {
  return planFormSchema.safeParse({ plan: formData.get("plan"), currency: formData.get("currency") || undefined });
}

/** Flow A: start the trial subscription, then finish its pending SetupIntent on the confirm page. */
export async function startTrialAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parsePlanForm(formData);
  if (!parsed.success) return { error: (await getTranslations("errors"))("membershipChoosePlan") };
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent("/membership")}`);
  let subscriptionId: string;
  try {
    ({ subscriptionId } = await startTrialSubscription({ user, ...parsed.data }));
  } catch (error) {
    return toLocalizedActionState(error);
  }
  redirect(`/membership/confirm?subscription=${subscriptionId}`);
}

export type CheckoutActionState = ActionState & { clientSecret?: string };

/** Flow B: an Embedded Checkout session (plan + setup fee, with the trial) for the page to mount. */
export async function startMembershipCheckoutAction(_previous: CheckoutActionState, formData: FormData): Promise<CheckoutActionState> {
  const parsed = parsePlanForm(formData);
  if (!parsed.success) return { error: (await getTranslations("errors"))("membershipChoosePlan") };
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent("/membership")}`);
  try {
    // Stripe's form then speaks the shopper's language, as the ticket checkout does.
    const locale = await getLocale();
    return await startMembershipCheckout({ user, ...parsed.data, locale: isLocale(locale) ? locale : undefined });
  } catch (error) {
    return toLocalizedActionState(error);
  }
}
