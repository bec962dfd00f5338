import type { Formats } from "next-intl";

/**
 * Named formats, used as `format.dateTime(date, "event")` (server: `await getFormatter()`, client:
 * `useFormatter()`). Each language renders them its own way: en "Sat, Dec 12, 2026, 20:00 UTC",
 * ja "2026年12月12日(土) 20:00 UTC". Money goes through `formatMoney` in ./format-money.ts.
 */
export const formats = {
  dateTime: {
    event: { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" },
    date: { day: "numeric", month: "short", year: "numeric" },
    dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  },
  number: {},
} satisfies Formats;
