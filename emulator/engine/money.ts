/**
 * The decimal arithmetic Stripe applies to `unit_amount_decimal`: exact, never floating point. Every
 * amount is in the currency's smallest unit, so zero-decimal currencies (JPY, KRW, …) need no special
 * case: `unit_amount=12000` JPY is ¥12,000 and rounding to "the minor unit" is rounding to whole yen.
 */

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
export const MAX_DECIMAL_PLACES = 12;

/** Parses a non-negative decimal string into an exact scaled integer, or null when malformed. */
export function parseDecimal(text: string): { units: bigint; scale: number } | null {
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const fraction = (m[2] ?? "").replace(/0+$/, "");
  return { units: BigInt(m[1]! + fraction), scale: fraction.length };
}

/** Canonical form Stripe sends back: no leading zeros, no trailing fractional zeros ("1.50" → "1.5"). */
export function normalizeDecimal(text: string): string {
  const d = parseDecimal(text);
  if (!d) return text;
  const digits = d.units.toString().padStart(d.scale + 1, "0");
  if (d.scale === 0) return digits;
  return `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
}

/** The integer amount when the decimal is whole, else null (Stripe's `unit_amount` for fractional prices). */
export function integralAmount(text: string): number | null {
  const d = parseDecimal(text);
  return d && d.scale === 0 ? Number(d.units) : null;
}

/** unit × quantity rounded half-up to the minor unit: 0.05 × 30 = 1.5 → 2. */
export function lineAmount(unitAmountDecimal: string, quantity: number): number {
  const d = parseDecimal(unitAmountDecimal);
  if (!d) throw new Error(`Not a decimal: ${unitAmountDecimal}`);
  const total = d.units * BigInt(quantity);
  const divisor = 10n ** BigInt(d.scale);
  const whole = total / divisor;
  const rest = total % divisor;
  return Number(rest * 2n >= divisor && d.scale > 0 ? whole + 1n : whole);
}
