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

/**
 * An amount typed by a person in major units ("12.50" USD, "1200" JPY) as Stripe wants it: `unitAmount` in
 * minor units when whole, else `unitAmountDecimal` (minor units with a fraction, e.g. "0.5" cents). Exact:
 * decimal strings are shifted, never multiplied as floats. Null when the text is not a plain amount.
 */
export function toMinorUnits(text: string, currency: string): { unitAmount: number } | { unitAmountDecimal: string } | null {
  const match = /^(\d{1,9})(?:\.(\d{1,12}))?$/.exec(text.trim().replace(/,/g, ""));
  if (!match) return null;
  const shift = isZeroDecimal(currency) ? 0 : 2;
  const fraction = (match[2] ?? "").padEnd(shift, "0");
  const whole = `${match[1]}${fraction.slice(0, shift)}`.replace(/^0+(?=\d)/, "");
  const rest = fraction.slice(shift).replace(/0+$/, "");
  if (!rest) return { unitAmount: Number(whole) };
  return { unitAmountDecimal: `${whole}.${rest}` };
}

/** A minor-unit amount (integer or decimal string) back in major units for a form or CSV ("12.50", "1200", "0.005"). */
export function toMajorUnitsText(amount: string, currency: string): string {
  if (isZeroDecimal(currency)) return amount;
  const [whole = "0", fraction = ""] = amount.split(".");
  const padded = whole.padStart(3, "0");
  const major = `${padded.slice(0, -2).replace(/^0+(?=\d)/, "")}.${padded.slice(-2)}${fraction}`;
  return major;
}
