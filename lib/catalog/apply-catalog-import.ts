import { createHash } from "node:crypto";
import Stripe from "stripe";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/get-current-user";
import { getDb } from "../db";
import { getStripe } from "../stripe/get-stripe";
import type { CatalogRow } from "./catalog-csv";
import { planCatalogImport, productOf, type CatalogPlan, type PlanItem } from "./plan-catalog-import";
import { refreshCatalogMirror } from "./refresh-catalog-mirror";

/**
 * Applies a catalog CSV: plans it afresh (so it acts on Stripe as it is now), then carries out every row the
 * plan says changes; bad rows are skipped and reported. Idempotent: applying the same file again finds
 * everything unchanged, and each Stripe write carries an idempotency key derived from the row and the price
 * it replaces, so a retry after a failure part-way makes nothing twice. Ticket types on a replaced price
 * follow the new one.
 */
export async function applyCatalogImport({ csv, actor }: { csv: string; actor: CurrentUser }): Promise<CatalogPlan> {
  const plan = await planCatalogImport({ csv });
  for (const item of plan.items) {
    if (!item.row || item.kind === "unchanged" || item.kind === "error") continue;
    await applyItem(item as PlanItem & { row: CatalogRow });
  }
  await recordAudit({ actor, action: "catalog.import", subject: `${plan.items.length} rows`, after: plan.counts });
  return plan;
}

async function applyItem(item: PlanItem & { row: CatalogRow }) {
  const stripe = getStripe();
  const { row, price } = item;
  const key = (step: string) => `catalog-${createHash("sha256").update(JSON.stringify([row, price?.id ?? null, step])).digest("hex").slice(0, 40)}`;
  if (item.kind === "archive" || item.kind === "unarchive") {
    await stripe.prices.update(price!.id, { active: item.kind === "unarchive" });
    return refreshCatalogMirror({ priceIds: [price!.id] });
  }
  if (item.kind === "update") {
    await stripe.prices.update(price!.id, { nickname: row.nickname });
    await stripe.products.update(productOf(price!).id, { name: row.product, description: row.description || "" });
    return refreshCatalogMirror({ productId: productOf(price!).id, priceIds: [price!.id] });
  }
  const productId =
    item.productId ?? (await stripe.products.create({ name: row.product, ...(row.description ? { description: row.description } : {}) }, { idempotencyKey: key("product") })).id;
  const created = await stripe.prices.create(
    {
      product: productId,
      currency: row.currency,
      ...amountParam(row.amount),
      ...(row.interval ? { recurring: { interval: row.interval as "day" | "week" | "month" | "year" } } : {}),
      ...(Object.keys(row.currencyOptions).length
        ? { currency_options: Object.fromEntries(Object.entries(row.currencyOptions).map(([c, a]) => [c, amountParam(a)])) }
        : {}),
      lookup_key: row.lookupKey,
      transfer_lookup_key: true,
      ...(row.nickname ? { nickname: row.nickname } : {}),
    },
    { idempotencyKey: key("price") },
  );
  if (!price) await stripe.products.update(productId, { default_price: created.id }, { idempotencyKey: key("default") });
  await refreshCatalogMirror({ productId, priceIds: [created.id] });
  if (price) {
    await getDb().ticketType.updateMany({ where: { priceId: price.id }, data: { priceId: created.id } });
    await stripe.prices.update(price.id, { active: false }, { idempotencyKey: key("archive") });
    await refreshCatalogMirror({ priceIds: [price.id] });
  }
}

function amountParam(amount: string): { unit_amount: number } | { unit_amount_decimal: Stripe.Decimal } {
  return amount.includes(".") ? { unit_amount_decimal: Stripe.Decimal.from(amount) } : { unit_amount: Number(amount) };
}
