// Stripe amounts are integers in the currency's minor unit; zero-decimal currencies have none (¥12,000 is 12000).
const ZERO_DECIMAL = new Set([
  "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf",
]);

export function isZeroDecimal(currency: string): boolean {
  return ZERO_DECIMAL.has(currency.toLowerCase());
}

/** A Stripe amount (minor units) as a number of whole currency units: (2500, "eur") → 25, (12000, "jpy") → 12000. */
export function toMajorUnits(amount: number, currency: string): number {
  return isZeroDecimal(currency) ? amount : amount / 100;
}

/** Formats a Stripe amount (minor units) for people, e.g. (2500, "eur") → "€25.00", (12000, "jpy") → "¥12,000". */
export function formatMoney(amount: number, currency: string, locale = "en-US"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(toMajorUnits(amount, currency));
}
