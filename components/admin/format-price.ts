import { formatMoney } from "@/i18n/format-money";
import { toMajorUnitsText } from "@/lib/money";

type Formatter = Parameters<typeof formatMoney>[0];

/**
 * A mirrored price's amount for the console: whole minor units through the locale's money format; a
 * fractional one (Stripe's `unit_amount_decimal`, e.g. 0.5 cents) written out with its currency code.
 */
export function formatPriceAmount(format: Formatter, price: { unitAmount: number | null; unitAmountDecimal?: string | null; currency: string }): string {
  if (price.unitAmount !== null) return formatMoney(format, price.unitAmount, price.currency);
  if (price.unitAmountDecimal) return `${toMajorUnitsText(price.unitAmountDecimal, price.currency)} ${price.currency.toUpperCase()}`;
  return "—";
}
