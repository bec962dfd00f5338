import { toMajorUnits } from "@/lib/money";

type NumberFormatter = { number: (value: number, options: Intl.NumberFormatOptions) => string };

/**
 * A Stripe amount (minor units) in the shopper's language, through next-intl's formatter:
 * `formatMoney(format, 12900, "eur")` → en "€129.00", ja "€129.00"; `(format, 1500, "jpy")` → en "¥1,500",
 * ja "￥1,500" (JPY has no minor unit). `format` is `await getFormatter()` on the server or `useFormatter()` in
 * a client component.
 */
export function formatMoney(format: NumberFormatter, amount: number, currency: string): string {
  return format.number(toMajorUnits(amount, currency), { style: "currency", currency: currency.toUpperCase() });
}
