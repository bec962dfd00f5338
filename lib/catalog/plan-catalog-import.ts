import type Stripe from "stripe";
import { getDb } from "../db";
import { getStripe } from "../stripe/get-stripe";
import { parseCatalogCsv, type CatalogRow, type CatalogRowProblem } from "./catalog-csv";

export type PlanKind = "create" | "change" | "update" | "archive" | "unarchive" | "unchanged" | "error";
/** An amount as the CSV writes it: minor units (a decimal string when fractional) and the currency. */
export type PlanAmount = { amount: string; currency: string };
export type PlanItem = {
  line: number;
  lookupKey: string;
  kind: PlanKind;
  /** English, for logs and tests; the console words it from `kind`, `change` and `problem`. */
  summary: string;
  /** For create and change: the amount now (change only) and the amount after. */
  change?: { from?: PlanAmount; to: PlanAmount };
  problem?: CatalogRowProblem;
  row?: CatalogRow;
  price?: Stripe.Price;
  productId?: string;
};
export type CatalogPlan = { items: PlanItem[]; counts: Record<PlanKind, number> };

const norm = (value: { toString(): string } | number | string | null | undefined) => {
  const text = value === null || value === undefined ? "" : value.toString();
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
};

/**
 * The dry run of a catalog import: per row, what applying would do to Stripe — create a price (and product),
 * change an amount (new price, lookup key moved, old archived), update a nickname or product text, archive,
 * unarchive, or nothing — and per bad row, why. Reads Stripe (the source of truth), writes nothing.
 */
export async function planCatalogImport({ csv }: { csv: string }): Promise<CatalogPlan> {
  const { rows, errors } = parseCatalogCsv(csv);
  const existing = await findPricesByLookupKey(rows.map((r) => r.lookupKey));
  const items: PlanItem[] = errors.map((e) => ({ line: e.line, lookupKey: "", kind: "error", summary: e.message, problem: e.problem }));
  for (const row of rows) {
    const price = existing.get(row.lookupKey);
    items.push({ ...describe(row, price), line: row.line, lookupKey: row.lookupKey, row, price, productId: price ? productOf(price).id : await findProductId(row.product) });
  }
  items.sort((a, b) => a.line - b.line);
  const counts = { create: 0, change: 0, update: 0, archive: 0, unarchive: 0, unchanged: 0, error: 0 } as Record<PlanKind, number>;
  for (const item of items) counts[item.kind]++;
  return { items, counts };
}

function describe(row: CatalogRow, price: Stripe.Price | undefined): Pick<PlanItem, "kind" | "summary" | "change"> {
  const to = { amount: row.amount, currency: row.currency };
  if (!price) return row.active ? { kind: "create", summary: `new price ${row.amount} ${row.currency}`, change: { to } } : { kind: "unchanged", summary: "not in Stripe and marked inactive" };
  const product = productOf(price);
  const options = Object.fromEntries(
    Object.entries(price.currency_options ?? {}).filter(([c]) => c !== price.currency).map(([c, o]) => [c, norm(o.unit_amount_decimal ?? o.unit_amount)]),
  );
  const wantOptions = Object.fromEntries(Object.entries(row.currencyOptions).map(([c, a]) => [c, norm(a)]));
  const amountChanged =
    price.currency !== row.currency ||
    norm(price.unit_amount_decimal ?? price.unit_amount) !== norm(row.amount) ||
    (price.recurring?.interval ?? "") !== row.interval ||
    JSON.stringify(sortKeys(options)) !== JSON.stringify(sortKeys(wantOptions));
  if (!row.active) return price.active ? { kind: "archive", summary: "archive the price" } : { kind: "unchanged", summary: "already archived" };
  if (amountChanged) {
    const from = { amount: norm(price.unit_amount_decimal ?? price.unit_amount), currency: price.currency };
    return { kind: "change", summary: `${from.amount} ${from.currency} → ${row.amount} ${row.currency} (new price, key moved, old archived)`, change: { from, to } };
  }
  const textChanged = (price.nickname ?? "") !== row.nickname || product.name !== row.product || (product.description ?? "") !== row.description;
  if (!price.active) return { kind: "unarchive", summary: "unarchive the price" };
  if (textChanged) return { kind: "update", summary: "nickname or product name/description" };
  return { kind: "unchanged", summary: "" };
}

function sortKeys(record: Record<string, string>) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

export function productOf(price: Stripe.Price): Stripe.Product {
  return price.product as Stripe.Product;
}

async function findPricesByLookupKey(keys: string[]): Promise<Map<string, Stripe.Price>> {
  const found = new Map<string, Stripe.Price>();
  for (let i = 0; i < keys.length; i += 10) {
    const batch = keys.slice(i, i + 10);
    const list = await getStripe().prices.list({ lookup_keys: batch, limit: 100, expand: ["data.currency_options", "data.product"] });
    for (const price of list.data) if (price.lookup_key) found.set(price.lookup_key, price);
  }
  return found;
}

/** An existing product of that name (from the mirror), so rows of one product share it. */
async function findProductId(name: string): Promise<string | undefined> {
  const product = await getDb().catalogProduct.findFirst({ where: { name }, orderBy: { updatedAt: "desc" } });
  return product?.id;
}
