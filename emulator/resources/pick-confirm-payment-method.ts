import type Stripe from "stripe";
import type { z } from "zod";
import { invalidRequest, type StripeApiError } from "../engine/stripe-error";
import type { RequestContext } from "./context";
import { bool, list, oneOf, obj, str } from "./params";
import { createCardPaymentMethod, paymentMethodDataShape, resolvePaymentMethod } from "./payment-methods";

/*
 * PaymentIntents and SetupIntents take a payment method the same way (Stripe documents the same parameters
 * on both), so the two route files share these pieces rather than keeping two copies in step.
 */

/**
 * The first confirmation parameters both intents accept. Each route file adds its own after these (ending
 * with `use_stripe_sdk`) so the keys keep their order, which decides the error reported first.
 */
export const confirmShape = {
  payment_method: str().optional(),
  payment_method_data: paymentMethodDataShape.optional(),
  return_url: str().optional(),
};

/** Create parameters both intents accept about which kinds of payment method may be used. */
export const paymentMethodChoiceShape = {
  // This API version has no `payment_method_types` on create; the emulator only does cards either way.
  allowed_payment_method_types: list(str()).optional(),
  excluded_payment_method_types: list(str()).optional(),
  automatic_payment_methods: obj({
    enabled: bool(),
    allow_redirects: oneOf(["always", "never"]).optional(),
  }).optional(),
};

export interface ConfirmParams {
  payment_method?: string;
  payment_method_data?: z.output<typeof paymentMethodDataShape>;
}

/**
 * The PaymentMethod a confirmation names, by id or as raw card data from Stripe.js, else the one already
 * on the intent (`fallback`). With none at all, `missing` is the error to throw (its wording differs by intent).
 */
export function pickConfirmPaymentMethod(
  ctx: RequestContext,
  params: ConfirmParams,
  fallback: string | null,
  missing: () => StripeApiError,
): Stripe.PaymentMethod {
  if (params.payment_method && params.payment_method_data) {
    throw invalidRequest(
      "You may only specify one of these parameters: payment_method, payment_method_data.",
      "payment_method_data",
    );
  }
  if (params.payment_method_data) {
    const d = params.payment_method_data;
    return createCardPaymentMethod(ctx, d.card, d.billing_details, d.metadata ?? {});
  }
  const id = params.payment_method ?? fallback;
  if (!id) throw missing();
  return resolvePaymentMethod(ctx, id, "payment_method");
}

/** A payment method given without `confirm`: the intent keeps it and waits to be confirmed. */
export function setPaymentMethodToConfirm(
  ctx: RequestContext,
  intent: Stripe.PaymentIntent | Stripe.SetupIntent,
  paymentMethod: string,
): void {
  intent.payment_method = resolvePaymentMethod(ctx, paymentMethod, "payment_method").id;
  intent.status = "requires_confirmation";
}
