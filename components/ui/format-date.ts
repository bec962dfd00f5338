import { formats } from "@/i18n/formats";

/**
 * An event's start outside React (e-mails, CSV): "Sat, Dec 12, 2026, 20:00 GMT+1" / "2026年12月12日(土) 20:00 JST",
 * in the venue's time zone.
 * In components use next-intl's formatter instead: `format.dateTime(date, "event")` — same format, the
 * request's locale.
 */
export function formatEventDate(date: Date, locale = "en", timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(locale, { ...formats.dateTime.event, timeZone }).format(date);
}
