import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { EventCard } from "@/components/events/event-card";
import { AutoRefresh } from "@/components/stock/auto-refresh";
import { listUpcomingEvents } from "@/lib/events/list-upcoming-events";

export default async function HomePage() {
  await connection();
  const [events, t] = await Promise.all([listUpcomingEvents(), getTranslations("home")]);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
      {events.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {events.map((event) => (
            <li key={event.id}>
              <EventCard event={event} />
            </li>
          ))}
        </ul>
      )}
      <AutoRefresh seconds={10} />
    </>
  );
}
