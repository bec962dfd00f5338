import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/get-current-user";
import { getDb } from "../db";
import { AppError } from "../errors";
import { getStripe } from "../stripe/get-stripe";
import { parseCurrencyOptions, priceAmount } from "./price-amount";
import { refreshCatalogMirror } from "./refresh-catalog-mirror";

export const changeTicketTypePriceSchema = z.object({
  ticketTypeId: z.uuid(),
  amount: z.string().trim().min(1, "Amount is required."),
  /** Only for a ticket type without a price yet; otherwise the current price's currency is kept. */
  currency: z.string().trim().toLowerCase().regex(/^[a-z]{3}$/).optional().or(z.literal("")),
  currencyOptions: z.string().optional().default(""),
  requestId: z.string().min(8).max(64),
});
export type ChangeTicketTypePriceInput = z.infer<typeof changeTicketTypePriceSchema>;

/**
 * Changes what a ticket type costs, as Stripe's guide says to (a price's amount never changes): create the
 * new price on the same product, move the lookup key to it (`transfer_lookup_key`), make it the product's
 * default, re-point the ticket type, archive the old price. Every step is idempotent (Stripe idempotency keys
 * derived from the request id; the re-point and archive are set-to-value), so retrying after a failure at
 * any step finishes the change without making a second price. Holds already open keep their session's price.
 */
export async function changeTicketTypePrice({ input, actor }: { input: ChangeTicketTypePriceInput; actor: CurrentUser }) {
  const db = getDb();
  const ticketType = await db.ticketType.findUnique({ where: { id: input.ticketTypeId }, include: { price: true, event: true } });
  if (!ticketType) throw new AppError("not_found", "No such ticket type.");
  const stripe = getStripe();
  const old = ticketType.price;
  const currency = old?.currency ?? (input.currency || undefined);
  if (!currency) throw new AppError("invalid_input", "Choose a currency for the first price.", { field: "currency", kind: "currency_required" });
  const lookupKey = old?.lookupKey ?? `ticket_${ticketType.id}`;
  const key = (step: string) => `ticket-price-${ticketType.id}-${input.requestId}-${step}`;
  const productId =
    old?.productId ??
    (await stripe.products.create({ name: `${ticketType.event.name} — ${ticketType.name}` }, { idempotencyKey: key("product") })).id;
  const currencyOptions = parseCurrencyOptions(input.currencyOptions, currency);
  const price = await stripe.prices.create(
    {
      product: productId,
      currency,
      ...priceAmount(input.amount, currency, "amount"),
      ...(Object.keys(currencyOptions).length ? { currency_options: currencyOptions } : {}),
      lookup_key: lookupKey,
      transfer_lookup_key: true,
      ...(old?.nickname ? { nickname: old.nickname } : {}),
      metadata: { ticket_type_id: ticketType.id },
    },
    { idempotencyKey: key("price") },
  );
  await stripe.products.update(productId, { default_price: price.id }, { idempotencyKey: key("default") });
  await refreshCatalogMirror({ productId, priceIds: [price.id] });
  await db.ticketType.update({ where: { id: ticketType.id }, data: { priceId: price.id } });
  if (old && old.id !== price.id) {
    await stripe.prices.update(old.id, { active: false }, { idempotencyKey: key("archive") });
    await refreshCatalogMirror({ priceIds: [old.id] });
  }
  await recordAudit({
    actor,
    action: "ticket_type.change_price",
    subject: ticketType.id,
    before: old && { priceId: old.id, unitAmount: old.unitAmount, currency: old.currency, currencyOptions: old.currencyOptions },
    after: { priceId: price.id, unitAmount: price.unit_amount, currency, currencyOptions },
  });
  return price.id;
}
