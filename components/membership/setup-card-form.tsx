"use client";

import { CardElement, Elements, useElements, useStripe } from "@stripe/react-stripe-js";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action";
import { loadStripeOnce } from "../stripe/load-stripe-once";

type Props = {
  publishableKey: string;
  subscriptionId: string;
  clientSecret: string;
  /** The SetupIntent's state when the page was rendered. */
  initialState: "requires_action" | "requires_payment_method" | "processing";
  /** Stripe's code for why the last card failed (worded here in the shopper's language). */
  lastErrorCode: string | null;
  /** Stripe's own message for it, shown as the guide does to English-speaking shoppers. */
  lastErrorMessage: string | null;
  finish: (input: { subscriptionId: string; setupIntentId: string }) => Promise<ActionState>;
  /** "trial": a new membership's pending SetupIntent; "change": replacing the card of a membership. */
  purpose: "trial" | "change";
  onDone?: () => void;
};

/** The deferred-payment guide's client side: `<Elements>` + CardElement + `stripe.confirmCardSetup`. */
export function SetupCardForm(props: Props) {
  return (
    <Elements stripe={loadStripeOnce(props.publishableKey)}>
      <SetupCardFields {...props} />
    </Elements>
  );
}

function SetupCardFields({ subscriptionId, clientSecret, initialState, lastErrorCode, lastErrorMessage, finish, purpose, onDone }: Props) {
  const t = useTranslations("membership.confirm");
  const locale = useLocale();
  const stripe = useStripe();
  const elements = useElements();
  const router = useRouter();
  // requires_action: the card is known, only authentication is missing. Otherwise a (new) card is needed.
  const [needsCard, setNeedsCard] = useState(initialState !== "requires_action");
  // The guide shows Stripe's own error.message. Stripe.js words it in English here, so other languages get the
  // shopper's words for its code instead.
  const describe = (code: string | null | undefined, message: string | null | undefined) =>
    locale === "en" && message ? message : describeCardError(t, code ?? "");
  const [error, setError] = useState<string | null>(lastErrorCode || lastErrorMessage ? describe(lastErrorCode, lastErrorMessage) : null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!stripe || !elements) return;
    const card = elements.getElement(CardElement);
    if (needsCard && !card) return;
    setPending(true);
    setError(null);
    // With a card: save it (3-D Secure opens if the bank asks). Without: authenticate the card already set.
    const { setupIntent, error } = needsCard && card ? await stripe.confirmCardSetup(clientSecret, { payment_method: { card } }) : await stripe.confirmCardSetup(clientSecret);
    if (error) {
      setPending(false);
      setError(describe(error.code ?? error.type, error.message));
      // Authentication failed or the card was declined: the guide's requires_payment_method → collect a new card.
      if (error.setup_intent?.status === "requires_payment_method" || error.type === "card_error") setNeedsCard(true);
      card?.clear();
      return;
    }
    const result = await finish({ subscriptionId, setupIntentId: setupIntent.id });
    setPending(false);
    if (result.error) return setError(result.error);
    setDone(true);
    onDone?.();
    router.refresh();
  }

  if (done) {
    return (
      <Alert role="status" variant="success">
        {purpose === "trial" ? t("saved") : t("changed")}
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-xl border border-stone-200 bg-white p-4">
      {needsCard ? (
        <>
          <p className="text-stone-700">{purpose === "trial" ? t("addCard") : t("newCard")}</p>
          <div className="rounded-md border border-stone-300 p-3">
            <CardElement options={{ hidePostalCode: true }} />
          </div>
        </>
      ) : (
        <p className="text-stone-700">{t("authenticate")}</p>
      )}
      {error && (
        <Alert role="alert" variant="danger">
          {error}
        </Alert>
      )}
      <Button type="submit" disabled={!stripe || pending}>
        {pending ? t("confirming") : needsCard ? t("saveCard") : t("confirmCard")}
      </Button>
    </form>
  );
}

// Stripe's error codes for a card that could not be set up → the shopper's words for it.
function describeCardError(t: ReturnType<typeof useTranslations<"membership.confirm">>, code: string): string {
  if (code === "card_declined" || code === "expired_card" || code === "incorrect_cvc" || code === "insufficient_funds") return t("cardDeclined");
  if (code.endsWith("authentication_failure") || code === "authentication_required") return t("cardAuthFailed");
  return t("cardFailed");
}
