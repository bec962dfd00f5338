/** A price's amount in `currency` when it offers it (base currency or a currency option), else undefined. */
export function amountIn(price: { currency: string; unitAmount: number | null; currencyOptions: unknown }, currency: string): number | undefined {
  if (price.currency === currency) return price.unitAmount ?? undefined;
  const options = (price.currencyOptions ?? {}) as Record<string, number>;
  return Object.hasOwn(options, currency) ? options[currency] : undefined;
}

const CURRENCY_BY_LANGUAGE: Record<string, string> = { ja: "jpy", "en-us": "usd", "en-gb": "gbp" };

/**
 * The shopper's currency: an explicit choice when offered, else one their language suggests when offered
 * (Japanese → yen), else the price's own currency.
 */
export function pickCurrency(options: { requested?: string; acceptLanguage?: string | null; offered: string[]; base: string }): string {
  const { requested, offered, base } = options;
  if (requested && offered.includes(requested)) return requested;
  for (const part of (options.acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase() ?? "";
    const guess = CURRENCY_BY_LANGUAGE[tag] ?? CURRENCY_BY_LANGUAGE[tag.split("-")[0] ?? ""];
    if (guess && offered.includes(guess)) return guess;
  }
  return base;
}
