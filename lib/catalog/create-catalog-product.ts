import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/get-current-user";
import { getStripe } from "../stripe/get-stripe";
import { parseCurrencyOptions, priceAmount } from "./price-amount";
import { refreshCatalogMirror } from "./refresh-catalog-mirror";

export const createCatalogProductSchema = z.object({
  name: z.string().trim().min(1, "Name is required.").max(250),
  description: z.string().trim().max(5000).optional().default(""),
  imageUrl: z.union([z.literal(""), z.url("Image must be a full URL.")]).optional().default(""),
  currency: z.string().trim().toLowerCase().regex(/^[a-z]{3}$/, "Currency is three letters, like eur."),
  amount: z.string().trim().min(1, "Amount is required."),
  // "one_time" is the console's name for no interval (a select cannot offer an empty value).
  interval: z.enum(["", "one_time", "day", "week", "month", "year"]).optional().default("").transform((v) => (v === "one_time" ? "" : v)),
  currencyOptions: z.string().optional().default(""),
  lookupKey: z.string().trim().max(200).optional().default(""),
  nickname: z.string().trim().max(250).optional().default(""),
  /** Makes a double-submitted form create one product, not two. */
  requestId: z.string().min(8).max(64),
});
export type CreateCatalogProductInput = z.infer<typeof createCatalogProductSchema>;

/**
 * Creates a product and its default price in one Stripe call (`default_price_data`, `expand[]=default_price`),
 * then mirrors both. Then, when given, sets the lookup key and nickname on the new price (default_price_data
 * takes neither). Retry-safe: the request id is the idempotency key.
 */
export async function createCatalogProduct({ input, actor }: { input: CreateCatalogProductInput; actor: CurrentUser }) {
  const stripe = getStripe();
  const currencyOptions = parseCurrencyOptions(input.currencyOptions, input.currency);
  const product = await stripe.products.create(
    {
      name: input.name,
      ...(input.description ? { description: input.description } : {}),
      ...(input.imageUrl ? { images: [input.imageUrl] } : {}),
      default_price_data: {
        currency: input.currency,
        ...priceAmount(input.amount, input.currency, "amount"),
        ...(input.interval ? { recurring: { interval: input.interval } } : {}),
        ...(Object.keys(currencyOptions).length ? { currency_options: currencyOptions } : {}),
      },
      expand: ["default_price"],
    },
    { idempotencyKey: `admin-product-${input.requestId}` },
  );
  const price = product.default_price as import("stripe").Stripe.Price;
  if (input.lookupKey || input.nickname) {
    await stripe.prices.update(
      price.id,
      { ...(input.lookupKey ? { lookup_key: input.lookupKey, transfer_lookup_key: true } : {}), ...(input.nickname ? { nickname: input.nickname } : {}) },
      { idempotencyKey: `admin-product-${input.requestId}-price` },
    );
  }
  await refreshCatalogMirror({ productId: product.id, priceIds: [price.id] });
  await recordAudit({ actor, action: "product.create", subject: product.id, after: { ...input, requestId: undefined, price: price.id } });
  return { productId: product.id, priceId: price.id };
}
