import "server-only";
import type Stripe from "stripe";
import { getStripe } from "./get-stripe";

// Stripe accepts expires_at from 30 minutes after creation; a minute of slack covers clock skew and latency.
const MIN_SESSION_SECONDS = 31 * 60;

export type TicketCheckoutInput = {
  holdId: string;
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
 */
export async function createTicketCheckoutSession(input: TicketCheckoutInput): Promise<Stripe.Checkout.Session> {
  const expiresAt = Math.max(Math.ceil(input.holdEndsAt.getTime() / 1000), Math.floor(Date.now() / 1000) + MIN_SESSION_SECONDS);
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
    ...(input.uiMode === "embedded"
      ? { ui_mode: "embedded_page", return_url: input.urls.return }
      : { ui_mode: "hosted_page", success_url: input.urls.success, cancel_url: input.urls.cancel }),
  };
  return getStripe().checkout.sessions.create(params, { idempotencyKey: `checkout-${input.holdId}` });
}
