"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { EmbeddedCheckoutForm } from "@/components/checkout/embedded-checkout-form";

type Plan = { lookupKey: string; name: string; interval: string; priceLabel: string };
type CheckoutState = ActionState & { clientSecret?: string };

/**
 * Choose a plan, then either start the free trial here (card saved on the next page) or pay through Stripe
 * Checkout, which adds the one-time setup fee.
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
  const [trialState, trialAction, trialPending] = useActionState(props.startTrial, {});
  const [checkoutState, checkoutAction, checkoutPending] = useActionState(props.startCheckout, {});
  const error = trialState.error ?? checkoutState.error;

  if (checkoutState.clientSecret) {
    return (
      <section aria-label="Checkout" className="space-y-3">
        <h2 className="text-xl font-semibold">Pay with Checkout</h2>
        <EmbeddedCheckoutForm publishableKey={props.publishableKey} clientSecret={checkoutState.clientSecret} />
      </section>
    );
  }

  return (
    <form className="space-y-4">
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-xl font-semibold">Choose a plan</legend>
        {props.plans.map((plan, index) => (
          <label key={plan.lookupKey} className="flex cursor-pointer items-start gap-3 rounded-xl border border-stone-200 bg-white p-4 has-[:checked]:border-stone-900">
            <input type="radio" name="plan" value={plan.lookupKey} defaultChecked={index === 0} className="mt-1" />
            <span>
              <span className="block font-semibold">{plan.name}</span>
              <span className="block text-lg">
                {plan.priceLabel} <span className="text-sm text-stone-500">/ {plan.interval}</span>
              </span>
              {props.trialDays > 0 && <span className="block text-sm text-emerald-800">{props.trialDays}-day free trial</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <input type="hidden" name="currency" value={props.currency} />
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      )}
      {props.isSignedIn ? (
        <div className="flex flex-wrap gap-3">
          <button formAction={trialAction} disabled={trialPending || checkoutPending} className="rounded-md bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
            {trialPending ? "Starting…" : "Start free trial"}
          </button>
          <button formAction={checkoutAction} disabled={trialPending || checkoutPending} className="rounded-md border border-stone-900 px-4 py-2 font-medium disabled:opacity-60">
            {checkoutPending ? "Opening checkout…" : "Subscribe with Checkout"}
          </button>
          {props.setupFeeLabel && (
            <p className="w-full text-sm text-stone-600">Checkout adds a one-time setup fee of {props.setupFeeLabel}, charged today.</p>
          )}
        </div>
      ) : (
        <p>
          <Link href="/sign-in?next=%2Fmembership" className="rounded-md bg-stone-900 px-4 py-2 font-medium text-white">
            Sign in to join
          </Link>
        </p>
      )}
    </form>
  );
}
