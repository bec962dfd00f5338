import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TicketPicker } from "@/components/checkout/ticket-picker";
import { formatEventDate } from "@/components/ui/format-date";
import { getEventBySlug } from "@/lib/events/get-event-by-slug";
import { getEnv } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { reserveTicketsAction } from "./actions";

// One lookup per request, shared by the metadata and the page.
const getEvent = cache((slug: string) => getEventBySlug({ slug }));

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ currency?: string; checkout?: string; released?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEvent((await params).slug);
  return { title: event?.name ?? "Event not found" };
}

export default async function EventPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const event = await getEvent(slug);
  if (!event) notFound();
  const currencies = offeredCurrencies(event.ticketTypes);
  const currency = query.currency && currencies.includes(query.currency) ? query.currency : undefined;
  const uiMode = query.checkout === "hosted" || query.checkout === "embedded" ? query.checkout : undefined;
  const ticketTypes = event.ticketTypes.map((t) => {
    const amount = !t.price ? undefined : currency && currency !== t.price.currency ? t.price.currencyOptions[currency] : t.price.unitAmount;
    return {
      id: t.id,
      name: t.name,
      description: t.description,
      available: t.available,
      capacity: t.capacity,
      priceLabel: t.price && amount !== undefined ? formatMoney(amount, currency ?? t.price.currency) : null,
    };
  });

  return (
    <article className="space-y-6">
      {event.imageUrl && <img src={event.imageUrl} alt="" className="h-56 w-full rounded-xl object-cover" />}
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{event.name}</h1>
        <p className="text-stone-600">
          {formatEventDate(event.startsAt)} · {event.venue}
        </p>
      </header>
      {query.released && (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-amber-900">
          Your checkout was cancelled and your seats went back on sale.
        </p>
      )}
      <p className="max-w-2xl text-stone-700">{event.description}</p>
      <section aria-labelledby="tickets-heading" className="space-y-3">
        <div className="flex items-center justify-between">
          <h2 id="tickets-heading" className="text-xl font-semibold">
            Tickets
          </h2>
          {currencies.length > 1 && (
            <nav aria-label="Currency" className="flex gap-2 text-sm">
              {currencies.map((code) => (
                <Link
                  key={code}
                  href={`?currency=${code}`}
                  aria-current={(currency ?? currencies[0]) === code ? "true" : undefined}
                  className="rounded px-2 py-0.5 uppercase aria-[current]:bg-stone-900 aria-[current]:text-white"
                >
                  {code}
                </Link>
              ))}
            </nav>
          )}
        </div>
        {event.isOnSale ? (
          <TicketPicker
            eventId={event.id}
            ticketTypes={ticketTypes}
            maxPerOrder={getEnv().MAX_SEATS_PER_ORDER}
            currency={currency}
            uiMode={uiMode}
            action={reserveTicketsAction}
          />
        ) : (
          <p className="rounded-md bg-stone-100 p-3">Sales for this event have ended.</p>
        )}
      </section>
    </article>
  );
}

// A currency every ticket type's price offers (the base currency first).
function offeredCurrencies(ticketTypes: { price: { currency: string; currencyOptions: Record<string, number> } | null }[]) {
  const prices = ticketTypes.flatMap((t) => (t.price ? [t.price] : []));
  const first = prices[0];
  if (!first) return [];
  const all = [first.currency, ...Object.keys(first.currencyOptions).filter((c) => c !== first.currency)];
  return all.filter((code) => prices.every((p) => p.currency === code || code in p.currencyOptions));
}
