// Amounts as Stripe sends them (integers in the currency's smallest unit) turned into what a shopper reads.
import { t } from "./translate.js";

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

// Message keys per billing interval (Stripe's intervals are day, week, month and year).
const INTERVAL_KEYS = {
  day: { per: "perDay", every: "everyDays", billed: "billedDaily", billedEvery: "billedEveryDays" },
  week: { per: "perWeek", every: "everyWeeks", billed: "billedWeekly", billedEvery: "billedEveryWeeks" },
  month: { per: "perMonth", every: "everyMonths", billed: "billedMonthly", billedEvery: "billedEveryMonths" },
  year: { per: "perYear", every: "everyYears", billed: "billedYearly", billedEvery: "billedEveryYears" },
};

function intervalKeys(recurring) {
  return INTERVAL_KEYS[recurring.interval] ?? INTERVAL_KEYS.month;
}

/** "€9.00 / month", "€25.00 every 3 months" (in the page's language). */
export function formatRecurring(amount, currency, recurring, locale) {
  const price = formatAmount(amount, currency, locale);
  const count = recurring.interval_count ?? 1;
  const keys = intervalKeys(recurring);
  return count === 1 ? t(keys.per, { amount: price }) : t(keys.every, { amount: price, count });
}

/** "Billed monthly", "Billed every 3 months" (in the page's language). */
export function describeBilling(recurring) {
  const count = recurring.interval_count ?? 1;
  const keys = intervalKeys(recurring);
  return count === 1 ? t(keys.billed) : t(keys.billedEvery, { count });
}
