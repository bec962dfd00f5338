/** The languages the storefront speaks; the first is the fallback. Add one here and in messages/<locale>.json. */
export const locales = ["en", "ja"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Remembers a shopper's explicit choice (the language switcher); beats Accept-Language. next-intl's own name. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Event times are shown in UTC, labelled as such, whatever the language (one time for every shopper). */
export const timeZone = "UTC";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
