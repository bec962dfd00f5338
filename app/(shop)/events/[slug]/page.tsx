import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AutoRefresh } from "@/components/stock/auto-refresh";
import { SeatsLeft } from "@/components/stock/seats-left";
import { formatEventDate } from "@/components/ui/format-date";
import { getEventBySlug } from "@/lib/events/get-event-by-slug";
import { formatMoney } from "@/lib/money";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEventBySlug({ slug: (await params).slug });
  return { title: event?.name ?? "Event not found" };
}

export default async function EventPage({ params }: Props) {
  const event = await getEventBySlug({ slug: (await params).slug });
  if (!event) notFound();
  return (
    <article className="space-y-6">
      {event.imageUrl && <img src={event.imageUrl} alt="" className="h-56 w-full rounded-xl object-cover" />}
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{event.name}</h1>
        <p className="text-stone-600">
          {formatEventDate(event.startsAt)} · {event.venue}
        </p>
      </header>
      <p className="max-w-2xl text-stone-700">{event.description}</p>
      <section aria-labelledby="tickets-heading" className="space-y-3">
        <h2 id="tickets-heading" className="text-xl font-semibold">
          Tickets
        </h2>
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {event.ticketTypes.map((ticketType) => (
            <li key={ticketType.id} aria-label={ticketType.name} className="flex items-center justify-between gap-4 p-4">
              <div>
                <h3 className="font-medium">{ticketType.name}</h3>
                {ticketType.description && <p className="text-sm text-stone-600">{ticketType.description}</p>}
              </div>
              <div className="flex items-center gap-4">
                {ticketType.price && (
                  <span className="font-medium">{formatMoney(ticketType.price.unitAmount, ticketType.price.currency)}</span>
                )}
                <SeatsLeft available={ticketType.available} capacity={ticketType.capacity} />
              </div>
            </li>
          ))}
        </ul>
      </section>
      <AutoRefresh seconds={5} />
    </article>
  );
}
