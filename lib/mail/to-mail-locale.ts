export type MailLocale = "en" | "ja";

/** The mail language for a stored or requested locale (`ja-JP` → `ja`); anything else gets English. */
export function toMailLocale(locale: string | null | undefined): MailLocale {
  return locale?.toLowerCase().startsWith("ja") ? "ja" : "en";
}
