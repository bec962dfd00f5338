import { z } from "zod";
import { getDb } from "../db";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { attachCheckoutSession, releaseHold, reserveSeats, reserveSeatsSchema } from "../inventory";
import { getSaleAccess } from "../memberships/get-sale-access";
import { createTicketCheckoutSession } from "../stripe/create-ticket-checkout-session";

export const startCheckoutSchema = reserveSeatsSchema.extend({
  currency: z.string().regex(/^[a-z]{3}$/).optional(),
  uiMode: z.enum(["hosted", "embedded"]).optional(),
  /** The signed-in account, if any: presale access and member prices follow its membership. */
  userId: z.string().min(1).optional(),
});

export type StartCheckoutInput = z.infer<typeof startCheckoutSchema>;

/**
 * Holds the seats, then opens a Checkout Session for them at the catalog's prices (never a price from the
 * browser) and links the two. If Stripe cannot be reached the hold is released at once.
 */
export async function startCheckout(input: StartCheckoutInput): Promise<{ holdId: string }> {
  const parsed = startCheckoutSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Invalid order.");
  const { holderId, items, currency, uiMode } = parsed.data;
  const ticketTypes = await getDb().ticketType.findMany({
    where: { id: { in: items.map((item) => item.ticketTypeId) } },
    include: { price: true, event: { select: { startsAt: true } } },
  });
  if (ticketTypes.length !== items.length) throw new AppError("not_found", "That ticket type does not exist.");
  if (ticketTypes.some((t) => t.event.startsAt.getTime() <= Date.now())) throw new AppError("conflict", "Sales for this event have ended.");
  if (new Set(ticketTypes.map((t) => t.eventId)).size > 1) throw new AppError("invalid_input", "One event per order.");
  const { memberPrices } = await getSaleAccess({ eventId: ticketTypes[0]!.eventId, userId: parsed.data.userId });
  const lines = items.map((item) => {
    const price = memberPrices.get(item.ticketTypeId) ?? ticketTypes.find((t) => t.id === item.ticketTypeId)?.price;
    if (!price?.active) throw new AppError("conflict", "That ticket type is not on sale.");
    return { priceId: price.id, quantity: item.quantity, price };
  });
  const chosenCurrency = currency && lines.every((line) => offersCurrency(line.price, currency)) ? currency : undefined;

  const hold = await reserveSeats({ holderId, items });
  const env = getEnv();
  try {
    const session = await createTicketCheckoutSession({
      holdId: hold.holdId,
      holdEndsAt: hold.expiresAt,
      lines,
      currency: chosenCurrency,
      uiMode: uiMode ?? env.CHECKOUT_UI_MODE,
      urls: {
        success: `${env.APP_URL}/orders/complete?session_id={CHECKOUT_SESSION_ID}`,
        return: `${env.APP_URL}/orders/complete?session_id={CHECKOUT_SESSION_ID}`,
        cancel: `${env.APP_URL}/checkout/${hold.holdId}/cancel`,
      },
    });
    await attachCheckoutSession({ holdId: hold.holdId, checkoutSessionId: session.id });
  } catch (error) {
    await releaseHold({ holdId: hold.holdId, reason: "checkout_failed" });
    console.error("checkout: could not create a Checkout Session", error);
    throw new AppError("payment_provider_error", "Payments are unavailable right now. Your seats were not held — please try again.");
  }
  return { holdId: hold.holdId };
}

function offersCurrency(price: { currency: string; currencyOptions: unknown }, currency: string): boolean {
  return price.currency === currency || Object.hasOwn(price.currencyOptions ?? {}, currency);
}
