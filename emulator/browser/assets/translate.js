// The pages' words. The tables are emulator/browser/messages/{en,ja}.ts, served as ./messages.js; the emulator
// picks each page's language from the Checkout Session's `locale` and writes it into `<html lang>`.
import { MESSAGES } from "./messages.js";

/**
 * The message for `key` in the language of `locale` (a tag such as "ja" or "en-GB"), `{name}` filled from `values`.
 * @param {string} locale
 * @param {string} key
 * @param {Record<string, string | number>} [values]
 */
export function translate(locale, key, values = {}) {
  const table = String(locale).toLowerCase().split("-")[0] === "ja" ? MESSAGES.ja : MESSAGES.en;
  const text = table[key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** This page's language tag, as the emulator rendered it; also the locale amounts and dates are formatted in. */
export const pageLocale = document.documentElement.lang || "en";

/** `translate` in this page's language. */
export function t(key, values) {
  return translate(pageLocale, key, values);
}

/** A card or decline error in this page's words, by its code; Stripe's own message when the code is not known. */
export function cardErrorMessage(error) {
  for (const code of [error?.decline_code, error?.code]) {
    if (code && `card.${code}` in MESSAGES.en) return t(`card.${code}`);
  }
  return error?.message;
}
