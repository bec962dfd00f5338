import type Stripe from "stripe";

/** What a Checkout Session charges: its currency, total, and each line's amounts by product (minor units). */
export type CheckoutSummary = {
  currency: string | null;
  total: number | null;
  lines: { productId: string; unitAmount: number; amount: number }[];
};

/**
 * The order summary of a session with its `line_items` expanded, kept with the hold so the checkout page shows
 * what Stripe charges without asking Stripe again. Lines are keyed by product: a member's price is another price
 * of the same product as the ticket type's.
 */
export function toCheckoutSummary(session: Stripe.Checkout.Session): CheckoutSummary {
  const lines: CheckoutSummary["lines"] = [];
  for (const item of session.line_items?.data ?? []) {
    const product = item.price?.product;
    const productId = typeof product === "string" ? product : product?.id;
    if (productId && item.quantity) lines.push({ productId, unitAmount: Math.round(item.amount_total / item.quantity), amount: item.amount_total });
  }
  return { currency: session.currency ?? null, total: session.amount_total ?? null, lines };
}
