import { getDb } from "../db";
import { AppError } from "../errors";

/** The id of the active price with this lookup key, from the catalog mirror; `not_found` when none. */
export async function getPlanPriceId(lookupKey: string): Promise<{ id: string; currency: string; currencyOptions: unknown; unitAmount: number | null }> {
  const price = await getDb().catalogPrice.findFirst({ where: { lookupKey, active: true } });
  if (!price) throw new AppError("not_found", "That plan is not on sale.");
  return price;
}
