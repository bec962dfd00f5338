import { retrieveCheckoutSession } from "../stripe/retrieve-checkout-session";

export type OrderPayment = { paymentIntentId: string; status: string };

/** The order's payment as Stripe has it now, for the console; null when Stripe cannot be reached (the page still works). */
export async function getOrderPayment({ checkoutSessionId }: { checkoutSessionId: string }): Promise<OrderPayment | null> {
  try {
    const session = await retrieveCheckoutSession(checkoutSessionId);
    const intent = session.payment_intent;
    return intent && typeof intent === "object" ? { paymentIntentId: intent.id, status: intent.status } : null;
  } catch (error) {
    console.error("order payment: could not read it from Stripe", error);
    return null;
  }
}
