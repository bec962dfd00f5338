import { getLocale, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { EventCard } from "@/components/events/event-card";
import { AutoRefresh } from "@/components/stock/auto-refresh";
import { CURRENCY_COOKIE, localCurrencyOf } from "@/i18n/choose-currency";
import { listUpcomingEvents } from "@/lib/events/list-upcoming-events";

export default async function HomePage() {
  await connection();
  const [events, t, locale, cookieStore] = await Promise.all([listUpcomingEvents(), getTranslations("home"), getLocale(), cookies()]);
  // Prices "from" in the shopper's remembered currency, else their local one (yen in Japanese), where offered.
  const currency = cookieStore.get(CURRENCY_COOKIE)?.value ?? localCurrencyOf(locale);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
      {events.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {events.map((event, index) => (
            <li key={event.id} className="h-full">
              <EventCard event={event} currency={currency} isFirst={index === 0} />
            </li>
          ))}
        </ul>
      )}
      <AutoRefresh seconds={10} />
    </>
  );
}
