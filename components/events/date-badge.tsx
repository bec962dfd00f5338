/** A calendar-leaf badge: month over day (in the shopper's language), read out as the full date. */
export function DateBadge({ date, locale, timeZone }: { date: Date; locale: string; timeZone: string }) {
  const intlLocale = locale === "en" ? "en-GB" : locale;
  const month = new Intl.DateTimeFormat(intlLocale, { month: "short", timeZone }).format(date);
  const day = new Intl.DateTimeFormat(intlLocale, { day: "numeric", timeZone }).format(date);
  const full = new Intl.DateTimeFormat(intlLocale, { dateStyle: "long", timeZone }).format(date);
  return (
    <span className="flex w-14 flex-col items-center overflow-hidden rounded-lg bg-white text-center shadow-md ring-1 ring-black/5">
      <span className="sr-only">{full}</span>
      <span aria-hidden="true" className="w-full bg-brand-700 py-0.5 text-xs font-semibold uppercase tracking-wide text-white">
        {month}
      </span>
      <span aria-hidden="true" className="py-1 text-xl font-bold leading-none text-stone-900">
        {day}
      </span>
    </span>
  );
}
