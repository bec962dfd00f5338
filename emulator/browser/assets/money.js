// Amounts as Stripe sends them (integers in the currency's smallest unit) turned into what a shopper reads.

// Stripe's zero-decimal currencies: the API amount is already whole units (JPY 12000 is ¥12,000).
const ZERO_DECIMAL = new Set([
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
]);
// Stripe's three-decimal currencies: the API amount is in thousandths.
const THREE_DECIMAL = new Set(["bhd", "jod", "kwd", "omr", "tnd"]);

/** Units per major unit in Stripe's API representation of `currency`. */
function apiScale(currency) {
  const code = currency.toLowerCase();
  if (ZERO_DECIMAL.has(code)) return 1;
  if (THREE_DECIMAL.has(code)) return 1000;
  return 100;
}

/** @param {number} amount in the currency's smallest unit, as the API sends it */
export function formatAmount(amount, currency, locale) {
  const formatter = new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() });
  return formatter.format(amount / apiScale(currency));
}

/** "month", "3 months" — the period of a recurring price, for "€9.00 / month" and "Billed every 3 months". */
export function describeInterval(recurring) {
  const count = recurring.interval_count ?? 1;
  return count === 1 ? recurring.interval : `${count} ${recurring.interval}s`;
}

/** "€9.00 / month", "€25.00 every 3 months". */
export function formatRecurring(amount, currency, recurring, locale) {
  const price = formatAmount(amount, currency, locale);
  const count = recurring.interval_count ?? 1;
  return count === 1 ? `${price} / ${recurring.interval}` : `${price} every ${describeInterval(recurring)}`;
}

/** "Billed monthly", "Billed every 3 months". */
export function describeBilling(recurring) {
  const adverbs = { day: "daily", week: "weekly", month: "monthly", year: "yearly" };
  const count = recurring.interval_count ?? 1;
  return count === 1
    ? `Billed ${adverbs[recurring.interval] ?? `every ${recurring.interval}`}`
    : `Billed every ${describeInterval(recurring)}`;
}
