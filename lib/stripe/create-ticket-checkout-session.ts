import "server-only";
import type Stripe from "stripe";
import { getStripe } from "./get-stripe";
import { toRequestOptions, type StripeCallOptions } from "./to-request-options";

// Stripe accepts expires_at from 30 minutes after creation (by Stripe's clock). The floor is counted from the
// hold's creation on the database's clock, with 2 minutes of margin for clock skew and the call's latency.
const MIN_SESSION_SECONDS = 32 * 60;

export type TicketCheckoutInput = {
  holdId: string;
  /** Both on the database's clock. */
  holdCreatedAt: Date;
  holdEndsAt: Date;
  lines: { priceId: string; quantity: number }[];
  currency?: string;
  uiMode: "hosted" | "embedded";
  /** The shopper's language: Stripe's page speaks it, and the confirmation email is written in it. */
  locale?: "en" | "ja";
  urls: { success: string; cancel: string; return: string };
};

/**
 * A Checkout Session paying for a hold. The hold id is the idempotency key (a retried call returns the same
 * session) and sits in the session's and payment's metadata so webhooks find the hold. The session outlives
 * the hold (`expires_at` = max(hold end, Stripe's 30-minute minimum)); the sweeper expires it when the hold ends.
 * Every parameter comes from the hold, so a replay with the same key asks for exactly the same session.
 */
export async function createTicketCheckoutSession(input: TicketCheckoutInput, options?: StripeCallOptions): Promise<Stripe.Checkout.Session> {
  const expiresAt = Math.ceil(Math.max(input.holdEndsAt.getTime(), input.holdCreatedAt.getTime() + MIN_SESSION_SECONDS * 1000) / 1000);
  const metadata = { hold_id: input.holdId };
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: "payment",
    line_items: input.lines.map((line) => ({ price: line.priceId, quantity: line.quantity })),
    expires_at: expiresAt,
    metadata,
    client_reference_id: input.holdId,
    payment_intent_data: { metadata },
    ...(input.currency ? { currency: input.currency } : {}),
    ...(input.locale ? { locale: input.locale } : {}),
    // The line amounts come back with the session: the checkout page's summary is kept from this answer.
    expand: ["line_items"],
    ...(input.uiMode === "embedded"
      ? { ui_mode: "embedded_page", return_url: input.urls.return }
      : { ui_mode: "hosted_page", success_url: input.urls.success, cancel_url: input.urls.cancel }),
  };
  return getStripe().checkout.sessions.create(params, toRequestOptions(options, { idempotencyKey: `checkout-${input.holdId}` }));
}
