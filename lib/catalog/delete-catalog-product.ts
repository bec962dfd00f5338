import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/get-current-user";
import { getDb } from "../db";
import { AppError } from "../errors";
import { getStripe } from "../stripe/get-stripe";
import { isStripeError } from "../stripe/is-stripe-error";

/** Deletes a product that has no prices (Stripe refuses otherwise; we say so plainly: archive it instead). */
export async function deleteCatalogProduct({ productId, actor }: { productId: string; actor: CurrentUser }) {
  const db = getDb();
  const before = await db.catalogProduct.findUnique({ where: { id: productId } });
  if (!before) throw new AppError("not_found", "No such product.");
  try {
    await getStripe().products.del(productId);
  } catch (error) {
    if (isStripeError(error) && error.statusCode === 400) {
      throw new AppError("conflict", "This product has prices, so it cannot be deleted. Archive it instead.", { kind: "product_has_prices" });
    }
    throw error;
  }
  await db.catalogProduct.deleteMany({ where: { id: productId } });
  await recordAudit({ actor, action: "product.delete", subject: productId, before });
}
