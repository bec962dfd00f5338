import Link from "next/link";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/admin/event-form";
import { PublishForm } from "@/components/admin/publish-form";
import { ChangePriceForm, TicketTypeForm } from "@/components/admin/ticket-type-forms";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { getAdminEvent } from "@/lib/events/get-admin-event";
import { isUuid } from "@/lib/is-uuid";
import { formatMoney } from "@/lib/money";

const toLocalInput = (date: Date | null) => (date ? date.toISOString().slice(0, 16) : "");

export default async function AdminEventPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  await requireAdminPage(`/admin/events/${eventId}`);
  const event = isUuid(eventId) ? await getAdminEvent({ eventId }) : null;
  if (!event) notFound();
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{event.name}</h1>
        <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs">{event.published ? "Published" : "Draft"}</span>
        <Link href={`/admin/events/${event.id}/stock`} className="underline">Live stock</Link>
        {event.published && <Link href={`/events/${event.slug}`} className="underline">View on storefront</Link>}
        <div className="ml-auto"><PublishForm eventId={event.id} published={event.published} /></div>
      </div>
      <section aria-labelledby="details" className="space-y-3">
        <h2 id="details" className="text-lg font-semibold">Details</h2>
        <EventForm
          event={{
            id: event.id,
            name: event.name,
            slug: event.slug,
            venue: event.venue,
            startsAt: toLocalInput(event.startsAt),
            description: event.description,
            imageUrl: event.imageUrl,
            presaleStartsAt: toLocalInput(event.presaleStartsAt),
            generalSaleAt: toLocalInput(event.generalSaleAt),
          }}
        />
      </section>
      <section aria-labelledby="types" className="space-y-4">
        <h2 id="types" className="text-lg font-semibold">Ticket types</h2>
        {event.ticketTypes.map((t) => (
          <article key={t.id} aria-label={`Ticket type ${t.name}`} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
            <h3 className="font-semibold">
              {t.name} · {t.stock.sold} sold, {t.stock.held} held, {t.stock.available} available of {t.stock.capacity}
            </h3>
            <p className="text-sm">
              Price:{" "}
              {t.price && t.price.unitAmount !== null ? (
                <>
                  {formatMoney(t.price.unitAmount, t.price.currency)}
                  {Object.entries(t.price.currencyOptions as Record<string, number>).map(([c, a]) => ` · ${formatMoney(a, c)}`)}
                  {!t.price.active && " (archived — not on sale)"} <span className="text-stone-500">({t.price.id}{t.price.lookupKey ? `, key ${t.price.lookupKey}` : ""})</span>
                </>
              ) : (
                "none yet — set one to put it on sale"
              )}
            </p>
            <TicketTypeForm eventId={event.id} ticketType={{ id: t.id, name: t.name, description: t.description, capacity: t.capacity, sortOrder: t.sortOrder, minimum: t.stock.sold + t.stock.held }} />
            <ChangePriceForm ticketTypeId={t.id} name={t.name} currency={t.price?.currency} />
          </article>
        ))}
        <div className="rounded-lg border border-dashed border-stone-300 p-4">
          <h3 className="mb-2 font-semibold">Add a ticket type</h3>
          <TicketTypeForm eventId={event.id} />
        </div>
      </section>
    </div>
  );
}
