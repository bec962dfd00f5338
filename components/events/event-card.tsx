import Link from "next/link";
import type { EventSummary } from "@/lib/events/to-event-summary";
import { formatMoney } from "@/lib/money";
import { SeatsLeft } from "../stock/seats-left";
import { formatEventDate } from "../ui/format-date";

export function EventCard({ event }: { event: EventSummary }) {
  const prices = event.ticketTypes.flatMap((t) => (t.price ? [t.price] : []));
  const cheapest = prices.sort((a, b) => a.unitAmount - b.unitAmount)[0];
  return (
    <article className="overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm">
      {event.imageUrl && <img src={event.imageUrl} alt="" className="h-40 w-full object-cover" />}
      <div className="space-y-2 p-4">
        <h2 className="text-lg font-semibold">
          <Link href={`/events/${event.slug}`} className="hover:underline">
            {event.name}
          </Link>
        </h2>
        <p className="text-sm text-stone-600">
          {formatEventDate(event.startsAt)} · {event.venue}
        </p>
        <div className="flex items-center justify-between">
          <SeatsLeft available={event.available} capacity={event.capacity} />
          {cheapest && <span className="text-sm text-stone-700">from {formatMoney(cheapest.unitAmount, cheapest.currency)}</span>}
        </div>
      </div>
    </article>
  );
}
