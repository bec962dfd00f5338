// Which language a Checkout page speaks, as Stripe decides it from the session's `locale`: a named locale is used
// when supported; "auto" (or none) means the browser's own language. The emulator speaks English and Japanese, so
// any other language falls back to English, as Stripe does for locales it does not support.

/** The browser's preferred language tag from an Accept-Language header (highest q first), or null. */
function preferredLanguage(acceptLanguage: string | undefined): string | null {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? "1",
      );
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.tag !== "" && entry.tag !== "*" && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.tag ?? null;
}

/**
 * The page's language tag (its `<html lang>` and the locale its amounts and dates are formatted in): "ja" for
 * Japanese; an English tag otherwise ("en", or the regional English asked for, e.g. "en-GB").
 * @param requested the session's `locale` ("ja", "en-GB", "auto", …), or null when it has none
 * @param acceptLanguage the browser's Accept-Language header, consulted for "auto"
 */
export function resolvePageLocale(requested: string | null | undefined, acceptLanguage: string | undefined): string {
  const wanted = requested && requested !== "auto" ? requested : preferredLanguage(acceptLanguage);
  if (!wanted) return "en";
  let tag: string;
  try {
    // The base name only: extension subtags ("en-u-nu-arab", "en-u-ca-buddhist") would change the digits and the
    // calendar the page's amounts and dates are written in.
    tag = new Intl.Locale(wanted).baseName;
  } catch {
    return "en";
  }
  const [language] = tag.toLowerCase().split("-");
  if (language === "ja") return "ja";
  // "en" and "en-US" format alike; other English regions keep their own number and date formats.
  if (language === "en" && tag !== "en-US") return tag;
  return "en";
}
