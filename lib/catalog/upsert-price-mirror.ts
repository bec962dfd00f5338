import type Stripe from "stripe";
import { getDb } from "../db";

/**
 * Mirrors a Stripe price (retrieved with `currency_options` expanded) into the database, metadata included. A lookup key moves
 * between prices (`transfer_lookup_key`), so it is first taken off whichever mirrored price had it.
 */
export async function upsertPriceMirror(price: Stripe.Price): Promise<void> {
  const productId = typeof price.product === "string" ? price.product : price.product.id;
  const currencyOptions = Object.fromEntries(
    Object.entries(price.currency_options ?? {}).flatMap(([currency, option]) =>
      option.unit_amount === null || currency === price.currency ? [] : [[currency, option.unit_amount]],
    ),
  );
  const data = {
    productId,
    active: price.active,
    currency: price.currency,
    unitAmount: price.unit_amount,
    // Only a fractional minor-unit amount needs the decimal; whole amounts are in `unitAmount`.
    unitAmountDecimal: price.unit_amount === null && price.unit_amount_decimal !== null ? price.unit_amount_decimal.toString() : null,
    currencyOptions,
    metadata: price.metadata ?? {},
    lookupKey: price.lookup_key,
    nickname: price.nickname,
    type: price.type,
    recurringInterval: price.recurring?.interval ?? null,
  };
  const db = getDb();
  await db.$transaction([
    ...(price.lookup_key
      ? [db.catalogPrice.updateMany({ where: { lookupKey: price.lookup_key, NOT: { id: price.id } }, data: { lookupKey: null } })]
      : []),
    db.catalogPrice.upsert({ where: { id: price.id }, create: { id: price.id, ...data }, update: data }),
  ]);
}
