import Stripe from "stripe";
import { toMinorUnits } from "../money";
import { AppError } from "../errors";

/** Stripe's amount params for a typed major-unit amount, or a clear refusal naming the form field. */
export function priceAmount(text: string, currency: string, field: string): { unit_amount: number } | { unit_amount_decimal: Stripe.Decimal } {
  const amount = toMinorUnits(text, currency);
  if (!amount) throw new AppError("invalid_input", `Enter an amount like 12.50 (${currency.toUpperCase()}).`, { field, kind: "amount_format", currency: currency.toUpperCase() });
  return "unitAmount" in amount ? { unit_amount: amount.unitAmount } : { unit_amount_decimal: Stripe.Decimal.from(amount.unitAmountDecimal) };
}

/** "jpy:1800, usd:12.50" → Stripe `currency_options` (each converted in its own currency's units). */
export function parseCurrencyOptions(text: string | undefined, mainCurrency: string, field = "currencyOptions") {
  const options: Record<string, { unit_amount: number } | { unit_amount_decimal: Stripe.Decimal }> = {};
  for (const part of (text ?? "").split(/[,\n]/).map((p) => p.trim()).filter(Boolean)) {
    const match = /^([a-zA-Z]{3})\s*[:=]\s*(\S+)$/.exec(part);
    if (!match) throw new AppError("invalid_input", `Write other currencies as "jpy:1800, usd:12.50" (got "${part}").`, { field, kind: "currency_options_format" });
    const currency = match[1]!.toLowerCase();
    if (currency === mainCurrency) throw new AppError("invalid_input", `${currency.toUpperCase()} is already the main currency.`, { field, kind: "currency_option_is_main", currency: currency.toUpperCase() });
    options[currency] = priceAmount(match[2]!, currency, field);
  }
  return options;
}
