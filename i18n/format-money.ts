import type { useFormatter } from "next-intl";
import { toMajorUnits } from "@/lib/money";

/** next-intl's formatter: `useFormatter()` in a component, `await getFormatter()` in an async server component. */
type Formatter = Pick<ReturnType<typeof useFormatter>, "number">;

/**
 * A Stripe amount (minor units) in the shopper's language, through next-intl's formatter:
 * `formatMoney(format, 12900, "eur")` → en "€129.00", ja "€129.00"; `(format, 1500, "jpy")` → en "¥1,500",
 * ja "￥1,500" (JPY has no minor unit).
 */
export function formatMoney(format: Formatter, amount: number, currency: string): string {
  return format.number(toMajorUnits(amount, currency), { style: "currency", currency: currency.toUpperCase() });
}
