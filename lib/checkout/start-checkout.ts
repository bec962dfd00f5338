import { z } from "zod";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { attachCheckoutSession, endHoldNow, reserveForCheckout, reserveSeatsSchema } from "../inventory";
import { BENEFIT_STATUSES } from "../memberships/plan-keys";
import { createTicketCheckoutSession } from "../stripe/create-ticket-checkout-session";
import { toCheckoutSummary } from "../stripe/to-checkout-summary";
import { endCheckout } from "./end-checkout";
import { signalHoldCreated } from "./signal-hold-created";

export const startCheckoutSchema = reserveSeatsSchema.extend({
  currency: z.string().regex(/^[a-z]{3}$/).optional(),
  uiMode: z.enum(["hosted", "embedded"]).optional(),
  locale: z.enum(["en", "ja"]).optional(),
  /** The signed-in account, if any: presale access and member prices follow its membership. */
  userId: z.string().min(1).optional(),
  /** The shopper's client address key (see getClientKey): limits a cookie cannot reset. */
  clientKey: z.string().min(1).max(100).nullable().optional(),
});

export type StartCheckoutInput = z.infer<typeof startCheckoutSchema>;

/**
 * Holds the seats, then opens a Checkout Session for them at the catalog's prices (never a price from the
 * browser) and links the two. Stripe gets a short time limit here (a shopper is waiting); if the session cannot
 * be created or linked, every session made for the hold is expired before the hold is released, so no session
 * stays payable for seats that went back on sale.
 */
export async function startCheckout(input: StartCheckoutInput): Promise<{ holdId: string }> {
  const parsed = startCheckoutSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", "We could not read your order. Please choose your tickets again.");
  const { holderId, items, currency, uiMode, clientKey, locale, userId } = parsed.data;
  // One round trip: the checks (types exist, sales open and published, one event, presale access, active prices),
  // the hold, and the prices to charge (member prices for members).
  const member = userId ? { userId, benefitStatuses: BENEFIT_STATUSES } : null;
  const hold = await reserveForCheckout({ holderId, items, clientKey, member });
  signalHoldCreated(hold.expiresAt);
  const env = getEnv();
  try {
    const lines = items.map((item) => {
      const price = hold.lines.find((line) => line.ticketTypeId === item.ticketTypeId);
      if (!price) throw new Error(`no price for ticket type ${item.ticketTypeId}`);
      return { priceId: price.priceId, quantity: item.quantity, price };
    });
    const chosenCurrency = currency && lines.every((line) => offersCurrency(line.price, currency)) ? currency : undefined;
    const session = await createTicketCheckoutSession(
      {
        holdId: hold.holdId,
        holdCreatedAt: hold.createdAt,
        holdEndsAt: hold.expiresAt,
        lines,
        currency: chosenCurrency,
        uiMode: uiMode ?? env.CHECKOUT_UI_MODE,
        locale,
        urls: {
          success: `${env.APP_URL}/orders/complete?session_id={CHECKOUT_SESSION_ID}`,
          return: `${env.APP_URL}/orders/complete?session_id={CHECKOUT_SESSION_ID}`,
          cancel: `${env.APP_URL}/checkout/${hold.holdId}/cancel`,
        },
      },
      { timeoutMs: env.STRIPE_RESERVE_TIMEOUT_MS },
    );
    // The page we redirect to shows the session from what is stored here, without asking Stripe again.
    if (!(await attachCheckoutSession({ holdId: hold.holdId, checkoutSessionId: session.id, clientSecret: session.client_secret, url: session.url, summary: toCheckoutSummary(session) }))) {
      throw new Error(`hold ${hold.holdId} could not record session ${session.id}`);
    }
  } catch (error) {
    console.error(`checkout: could not open a Checkout Session for hold ${hold.holdId}: ${(error as Error).message}`);
    await abandonHold(hold);
    throw new AppError("payment_provider_error", "Payments are unavailable right now. Your seats were not held — please try again.");
  }
  return { holdId: hold.holdId };
}

// Expire whatever session Stripe made for the hold, then release it. If Stripe cannot confirm that now, the
// hold is left to end at once: the sweeper repeats this until Stripe answers (seats are never released while
// a session for them might still be paid).
async function abandonHold(hold: { holdId: string; createdAt: Date }) {
  try {
    await endCheckout({ holdId: hold.holdId, checkoutSessionId: null, createdAt: hold.createdAt }, "checkout_failed", {
      timeoutMs: getEnv().STRIPE_RESERVE_TIMEOUT_MS,
    });
  } catch (error) {
    console.error(`checkout: hold ${hold.holdId} left for the sweeper: ${(error as Error).message}`);
    await endHoldNow({ holdId: hold.holdId });
  }
}

function offersCurrency(price: { currency: string; currencyOptions: unknown }, currency: string): boolean {
  return price.currency === currency || Object.hasOwn(price.currencyOptions ?? {}, currency);
}
