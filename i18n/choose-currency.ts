import type { Locale } from "./config";

/** Remembers the shopper's currency across pages (set by the currency switcher). */
export const CURRENCY_COOKIE = "BO_CURRENCY";

// The currency a language's shoppers expect first, when a price offers it.
const localCurrency: Partial<Record<Locale, string>> = { ja: "jpy" };

/** The currency a shopper in this language expects first (yen for Japanese), if any. */
export function localCurrencyOf(locale: string): string | undefined {
  return localCurrency[locale as Locale];
}

/**
 * The currencies to offer, the shopper's local one first (yen for a Japanese shopper), and the one to show:
 * an explicit `?currency=`, else the remembered choice, else the local one, else the price's own.
 * Only currencies the prices offer are ever chosen: amounts come from `currency_options`, never a conversion.
 */
export function chooseCurrency({ offered, query, cookie, locale }: { offered: string[]; query?: string; cookie?: string; locale: string }): {
  currencies: string[];
  currency: string | undefined;
} {
  const local = localCurrencyOf(locale);
  const currencies = local && offered.includes(local) ? [local, ...offered.filter((c) => c !== local)] : offered;
  const currency = [query, cookie, currencies[0]].find((c): c is string => !!c && offered.includes(c));
  return { currencies, currency };
}

/** A price's amount in `currency` (minor units) from its own currency or its `currency_options`; else undefined. */
export function amountIn(price: { unitAmount: number; currency: string; currencyOptions: Record<string, number> }, currency: string | undefined): number | undefined {
  if (!currency || currency === price.currency) return price.unitAmount;
  return Object.hasOwn(price.currencyOptions, currency) ? price.currencyOptions[currency] : undefined;
}
