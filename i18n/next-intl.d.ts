import type messages from "../messages/en.json";
import type { Locale } from "./config";
import type { formats } from "./formats";

// Typed keys: t("home.title") is checked against messages/en.json (ja.json must have the same keys — a unit
// test checks it), and format.dateTime(date, "event") against i18n/formats.ts.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
    Formats: typeof formats;
  }
}
