import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { formatMoney } from "@/i18n/format-money";
import type { EventSummary } from "@/lib/events/to-event-summary";
import { SeatsLeft } from "../stock/seats-left";
import { Card } from "../ui/card";

export function EventCard({ event }: { event: EventSummary }) {
  const t = useTranslations("eventCard");
  const format = useFormatter();
  const prices = event.ticketTypes.flatMap((t) => (t.price ? [t.price] : []));
  const cheapest = prices.sort((a, b) => a.unitAmount - b.unitAmount)[0];
  return (
    <Card asChild className="overflow-hidden">
      <article>
        {event.imageUrl && <img src={event.imageUrl} alt="" className="h-40 w-full object-cover" />}
        <div className="space-y-2 p-4">
          <h2 className="text-lg font-semibold">
            <Link href={`/events/${event.slug}`} className="hover:underline">
              {event.name}
            </Link>
          </h2>
          <p className="text-sm text-stone-600">
            {format.dateTime(event.startsAt, "event")} · {event.venue}
          </p>
          <div className="flex items-center justify-between">
            <SeatsLeft available={event.available} capacity={event.capacity} />
            {cheapest && <span className="text-sm text-stone-700">{t("fromPrice", { price: formatMoney(format, cheapest.unitAmount, cheapest.currency) })}</span>}
          </div>
        </div>
      </article>
    </Card>
  );
}
