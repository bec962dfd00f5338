import Papa from "papaparse";
import { z } from "zod";
import { toMajorUnitsText, toMinorUnits } from "../money";

/** The catalog CSV's columns, in order (export writes them; import requires `lookup_key`, `product`, `currency`, `amount`). */
export const CATALOG_COLUMNS = ["lookup_key", "product", "description", "currency", "amount", "currency_options", "interval", "nickname", "active"] as const;

const rowSchema = z.object({
  lookup_key: z.string().trim().min(1, "lookup_key is required").max(200).regex(/^[A-Za-z0-9_.-]+$/, "lookup_key may hold letters, digits, _ . -"),
  product: z.string().trim().min(1, "product is required").max(250),
  description: z.string().trim().max(5000).optional().default(""),
  currency: z.string().trim().toLowerCase().regex(/^[a-z]{3}$/, "currency must be three letters"),
  amount: z.string().trim().min(1, "amount is required"),
  currency_options: z.string().trim().optional().default(""),
  interval: z.enum(["", "day", "week", "month", "year"], { error: "interval must be empty, day, week, month or year" }).optional().default(""),
  nickname: z.string().trim().max(250).optional().default(""),
  active: z.enum(["", "true", "false"], { error: "active must be true or false" }).optional().default("true"),
});

/** One row of the catalog as the app compares it: amounts in minor units (decimal strings when fractional). */
export type CatalogRow = {
  line: number;
  lookupKey: string;
  product: string;
  description: string;
  currency: string;
  amount: string;
  currencyOptions: Record<string, string>;
  interval: string;
  nickname: string;
  active: boolean;
};

/**
 * What is wrong with a row, for the console to say in the admin's language (`message` is the English for logs
 * and tests): a CSV syntax error, missing columns, a column whose value is not allowed, a lookup key given
 * twice, an amount or another-currency entry that cannot be read.
 */
export type CatalogRowProblem =
  | { code: "syntax" }
  | { code: "missing_columns"; value: string }
  | { code: "column"; column: string }
  | { code: "duplicate_key"; value: string }
  | { code: "amount"; value: string; currency: string }
  | { code: "currency_option"; value: string };

export type CatalogRowError = { line: number; message: string; problem: CatalogRowProblem };
export type ParsedCatalog = { rows: CatalogRow[]; errors: CatalogRowError[] };

/** Parses catalog CSV text (papaparse) into rows, with a readable error per bad row; good rows still parse. */
export function parseCatalogCsv(text: string): ParsedCatalog {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: "greedy", transformHeader: (h) => h.trim().toLowerCase() });
  const errors: ParsedCatalog["errors"] = parsed.errors.map((e) => ({ line: (e.row ?? 0) + 2, message: e.message, problem: { code: "syntax" } }));
  const missing = ["lookup_key", "product", "currency", "amount"].filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length) return { rows: [], errors: [{ line: 1, message: `Missing columns: ${missing.join(", ")}`, problem: { code: "missing_columns", value: missing.join(", ") } }] };
  const rows: CatalogRow[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((raw, index) => {
    const line = index + 2;
    const result = rowSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([k]) => (CATALOG_COLUMNS as readonly string[]).includes(k))));
    if (!result.success) {
      const column = String(result.error.issues[0]?.path[0] ?? "");
      return void errors.push({ line, message: result.error.issues.map((i) => i.message).join("; "), problem: { code: "column", column } });
    }
    const r = result.data;
    if (seen.has(r.lookup_key)) return void errors.push({ line, message: `lookup_key ${r.lookup_key} appears twice`, problem: { code: "duplicate_key", value: r.lookup_key } });
    seen.add(r.lookup_key);
    const main = minor(r.amount, r.currency);
    if (main === null) {
      const problem = { code: "amount", value: r.amount, currency: r.currency.toUpperCase() } as const;
      return void errors.push({ line, message: `amount "${r.amount}" is not an amount in ${r.currency.toUpperCase()}`, problem });
    }
    const currencyOptions: Record<string, string> = {};
    for (const part of r.currency_options.split(/[;|]/).map((p) => p.trim()).filter(Boolean)) {
      const m = /^([a-zA-Z]{3})\s*[:=]\s*(\S+)$/.exec(part);
      const cur = m?.[1]?.toLowerCase();
      const value = m && cur ? minor(m[2]!, cur) : null;
      if (!cur || value === null) return void errors.push({ line, message: `currency_options "${part}" should look like jpy:1800`, problem: { code: "currency_option", value: part } });
      currencyOptions[cur] = value;
    }
    rows.push({ line, lookupKey: r.lookup_key, product: r.product, description: r.description, currency: r.currency, amount: main, currencyOptions, interval: r.interval, nickname: r.nickname, active: r.active !== "false" });
  });
  return { rows, errors: errors.sort((a, b) => a.line - b.line) };
}

function minor(text: string, currency: string): string | null {
  const value = toMinorUnits(text, currency);
  if (!value) return null;
  return "unitAmount" in value ? String(value.unitAmount) : value.unitAmountDecimal;
}

/** Rows back to CSV text in the same format (amounts in major units). */
export function formatCatalogCsv(rows: Omit<CatalogRow, "line">[]): string {
  const major = toMajorUnitsText;
  return Papa.unparse({
    fields: [...CATALOG_COLUMNS],
    data: rows.map((r) => [
      r.lookupKey,
      r.product,
      r.description,
      r.currency,
      major(r.amount, r.currency),
      Object.entries(r.currencyOptions).map(([c, a]) => `${c}:${major(a, c)}`).join(";"),
      r.interval,
      r.nickname,
      String(r.active),
    ]),
  });
}
