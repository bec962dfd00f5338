"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { EmbeddedCheckoutForm } from "@/components/checkout/embedded-checkout-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action";

type Plan = { lookupKey: string; name: string; interval: string; priceLabel: string };
type CheckoutState = ActionState & { clientSecret?: string };

/**
 * Choose a plan, then either start the free trial here (card saved on the next page: Flow A) or pay through
 * Stripe Checkout, which adds the one-time setup fee (Flow B).
 */
export function PlanPicker(props: {
  plans: Plan[];
  currency: string;
  trialDays: number;
  setupFeeLabel: string | null;
  isSignedIn: boolean;
  publishableKey: string;
  startTrial: (state: ActionState, formData: FormData) => Promise<ActionState>;
  startCheckout: (state: CheckoutState, formData: FormData) => Promise<CheckoutState>;
}) {
  const t = useTranslations("membership");
  const [trialState, trialAction, trialPending] = useActionState(props.startTrial, {});
  const [checkoutState, checkoutAction, checkoutPending] = useActionState(props.startCheckout, {});
  const error = trialState.error ?? checkoutState.error;

  if (checkoutState.clientSecret) {
    return (
      <section aria-label={t("checkoutHeading")} className="space-y-3">
        <h2 className="text-xl font-semibold">{t("checkoutHeading")}</h2>
        <EmbeddedCheckoutForm publishableKey={props.publishableKey} clientSecret={checkoutState.clientSecret} />
      </section>
    );
  }

  return (
    <form className="space-y-4">
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-xl font-semibold">{t("choosePlan")}</legend>
        {props.plans.map((plan, index) => (
          <label key={plan.lookupKey} className="flex cursor-pointer items-start gap-3 rounded-xl border border-stone-200 bg-white p-4 has-[:checked]:border-stone-900">
            <input type="radio" name="plan" value={plan.lookupKey} defaultChecked={index === 0} className="mt-1" />
            <span className="space-y-1">
              <span className="block font-semibold">{plan.name}</span>
              <span className="block text-lg">
                {plan.priceLabel} <span className="text-sm text-stone-500">{t("perInterval", { interval: plan.interval })}</span>
              </span>
              {props.trialDays > 0 && <Badge variant="success">{t("trialBadge", { days: props.trialDays })}</Badge>}
            </span>
          </label>
        ))}
      </fieldset>
      <input type="hidden" name="currency" value={props.currency} />
      {error && (
        <Alert role="alert" variant="danger">
          {error}
        </Alert>
      )}
      {props.isSignedIn ? (
        <div className="flex flex-wrap gap-3">
          <Button type="submit" formAction={trialAction} disabled={trialPending || checkoutPending}>
            {trialPending ? t("starting") : t("startTrial")}
          </Button>
          <Button type="submit" variant="secondary" formAction={checkoutAction} disabled={trialPending || checkoutPending}>
            {checkoutPending ? t("openingCheckout") : t("subscribeCheckout")}
          </Button>
          {props.setupFeeLabel && <p className="w-full text-sm text-stone-600">{t("setupFeeNote", { fee: props.setupFeeLabel })}</p>}
        </div>
      ) : (
        <Button asChild>
          <Link href="/sign-in?next=%2Fmembership">{t("signInToJoin")}</Link>
        </Button>
      )}
    </form>
  );
}
