import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/get-current-user";
import { getStripe } from "../stripe/get-stripe";
import { parseCurrencyOptions, priceAmount } from "./price-amount";
import { refreshCatalogMirror } from "./refresh-catalog-mirror";
import { parseMetadata } from "./update-catalog-product";

export const createCatalogPriceSchema = z.object({
  productId: z.string().min(1),
  currency: z.string().trim().toLowerCase().regex(/^[a-z]{3}$/, "Currency is three letters, like eur."),
  amount: z.string().trim().min(1, "Amount is required."),
  // "one_time" is the console's name for no interval (a select cannot offer an empty value).
  interval: z.enum(["", "one_time", "day", "week", "month", "year"]).optional().default("").transform((v) => (v === "one_time" ? "" : v)),
  currencyOptions: z.string().optional().default(""),
  lookupKey: z.string().trim().max(200).optional().default(""),
  transferLookupKey: z.enum(["on", "true", ""]).optional(),
  nickname: z.string().trim().max(250).optional().default(""),
  metadata: z.string().max(20_000).optional().default(""),
  makeDefault: z.enum(["on", "true", ""]).optional(),
  requestId: z.string().min(8).max(64),
});
export type CreateCatalogPriceInput = z.infer<typeof createCatalogPriceSchema>;

/** Adds a one-time or recurring price (other currencies, lookup key, nickname, metadata) to a product. */
export async function createCatalogPrice({ input, actor }: { input: CreateCatalogPriceInput; actor: CurrentUser }) {
  const stripe = getStripe();
  const currencyOptions = parseCurrencyOptions(input.currencyOptions, input.currency);
  const price = await stripe.prices.create(
    {
      product: input.productId,
      currency: input.currency,
      ...priceAmount(input.amount, input.currency, "amount"),
      ...(input.interval ? { recurring: { interval: input.interval } } : {}),
      ...(Object.keys(currencyOptions).length ? { currency_options: currencyOptions } : {}),
      ...(input.lookupKey ? { lookup_key: input.lookupKey, transfer_lookup_key: Boolean(input.transferLookupKey) } : {}),
      ...(input.nickname ? { nickname: input.nickname } : {}),
      ...(input.metadata ? { metadata: parseMetadata(input.metadata) } : {}),
    },
    { idempotencyKey: `admin-price-${input.requestId}` },
  );
  if (input.makeDefault) await stripe.products.update(input.productId, { default_price: price.id });
  await refreshCatalogMirror({ productId: input.productId, priceIds: [price.id] });
  await recordAudit({ actor, action: "price.create", subject: price.id, after: { ...input, requestId: undefined } });
  return price.id;
}
