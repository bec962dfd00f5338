import { defaultLocale, isLocale, locales, type Locale } from "./config";

/**
 * The shopper's language: the cookie they chose with the switcher if it names a language we speak, else the
 * best of their browser's Accept-Language (by q-value, then order; "ja-JP" counts as "ja"), else English.
 */
export function negotiateLocale({ cookie, acceptLanguage }: { cookie?: string; acceptLanguage?: string | null }): Locale {
  if (isLocale(cookie)) return cookie;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { language } of ranked) {
    if (language === "*") return defaultLocale;
    const match = locales.find((locale) => locale === language);
    if (match) return match;
  }
  return defaultLocale;
}
