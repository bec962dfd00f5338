import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/get-current-user";
import { getDb } from "../db";
import { AppError } from "../errors";
import { getStripe } from "../stripe/get-stripe";
import { isStripeError } from "../stripe/is-stripe-error";
import { parseCurrencyOptions } from "./price-amount";
import { refreshCatalogMirror } from "./refresh-catalog-mirror";
import { parseMetadata } from "./update-catalog-product";

export const updateCatalogPriceSchema = z.object({
  priceId: z.string().min(1),
  nickname: z.string().trim().max(250).optional(),
  metadata: z.string().max(20_000).optional(),
  lookupKey: z.string().trim().max(200).optional(),
  transferLookupKey: z.enum(["on", "true", ""]).optional(),
  /** Adds (or replaces) other currencies: "jpy:1800". */
  currencyOptions: z.string().optional(),
  active: z.enum(["true", "false"]).optional(),
});
export type UpdateCatalogPriceInput = z.infer<typeof updateCatalogPriceSchema>;

/**
 * Edits what Stripe lets change on a price: nickname, metadata, lookup key (moved from another price with
 * transfer), other currencies, archive/unarchive. The amount never changes: see `changeTicketTypePrice`.
 */
export async function updateCatalogPrice({ input, actor }: { input: UpdateCatalogPriceInput; actor: CurrentUser }) {
  const before = await getDb().catalogPrice.findUnique({ where: { id: input.priceId } });
  if (!before) throw new AppError("not_found", "No such price.");
  const params: import("stripe").Stripe.PriceUpdateParams = {};
  if (input.nickname !== undefined) params.nickname = input.nickname;
  if (input.metadata !== undefined) params.metadata = parseMetadata(input.metadata, before.metadata as Record<string, string>);
  if (input.lookupKey !== undefined && input.lookupKey !== (before.lookupKey ?? "")) {
    params.lookup_key = input.lookupKey;
    params.transfer_lookup_key = Boolean(input.transferLookupKey);
  }
  if (input.currencyOptions) params.currency_options = parseCurrencyOptions(input.currencyOptions, before.currency);
  if (input.active !== undefined) params.active = input.active === "true";
  try {
    await getStripe().prices.update(input.priceId, params);
  } catch (error) {
    if (isStripeError(error) && error.statusCode === 400) {
      throw new AppError("invalid_input", error.message, error.param === "lookup_key" ? { field: "lookupKey", kind: "lookup_key_taken" } : { kind: "stripe_refused" });
    }
    throw error;
  }
  await refreshCatalogMirror({ priceIds: [input.priceId] });
  const action = input.active === "false" ? "price.archive" : input.active === "true" ? "price.unarchive" : "price.update";
  await recordAudit({ actor, action, subject: input.priceId, before, after: params });
  return input.priceId;
}
