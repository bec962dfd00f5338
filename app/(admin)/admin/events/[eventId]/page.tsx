import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/admin/event-form";
import { PublishForm } from "@/components/admin/publish-form";
import { ChangePriceForm, TicketTypeForm } from "@/components/admin/ticket-type-forms";
import { Badge } from "@/components/ui/badge";
import { formatMoney } from "@/i18n/format-money";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { getAdminEvent } from "@/lib/events/get-admin-event";
import { listTimeZones, toWallTimeInput } from "@/lib/events/time-zone";
import { isUuid } from "@/lib/is-uuid";

export const dynamic = "force-dynamic";


export default async function AdminEventPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  await requireAdminPage(`/admin/events/${eventId}`);
  const event = isUuid(eventId) ? await getAdminEvent({ eventId }) : null;
  if (!event) notFound();
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{event.name}</h1>
        {event.published ? <Badge variant="success">{t("events.published")}</Badge> : <Badge>{t("events.draft")}</Badge>}
        <Link href={`/admin/events/${event.id}/stock`} className="underline">
          {t("events.liveStock")}
        </Link>
        {event.published && (
          <Link href={`/events/${event.slug}`} className="underline">
            {t("events.viewOnStorefront")}
          </Link>
        )}
        <div className="ml-auto">
          <PublishForm eventId={event.id} published={event.published} />
        </div>
      </div>
      <section aria-labelledby="details" className="space-y-3">
        <h2 id="details" className="text-lg font-semibold">
          {t("events.details")}
        </h2>
        <EventForm
          timeZones={listTimeZones()}
          event={{
            id: event.id,
            name: event.name,
            slug: event.slug,
            venue: event.venue,
            timeZone: event.timeZone,
            startsAt: toWallTimeInput(event.startsAt, event.timeZone),
            description: event.description,
            imageUrl: event.imageUrl,
            presaleStartsAt: event.presaleStartsAt ? toWallTimeInput(event.presaleStartsAt, event.timeZone) : "",
            generalSaleAt: event.generalSaleAt ? toWallTimeInput(event.generalSaleAt, event.timeZone) : "",
          }}
        />
      </section>
      <section aria-labelledby="types" className="space-y-4">
        <h2 id="types" className="text-lg font-semibold">
          {t("ticketTypes.heading")}
        </h2>
        {event.ticketTypes.map((type) => {
          const options = (type.price?.currencyOptions ?? {}) as Record<string, number>;
          return (
            <article key={type.id} aria-label={t("ticketTypes.article", { name: type.name })} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
              <h3 className="font-semibold">
                {type.name} · {t("ticketTypes.stock", { sold: type.stock.sold, held: type.stock.held, available: type.stock.available, capacity: type.stock.capacity })}
              </h3>
              <p className="text-sm">
                {t("ticketTypes.price")}{" "}
                {type.price && type.price.unitAmount !== null ? (
                  <>
                    {formatMoney(format, type.price.unitAmount, type.price.currency)}
                    {Object.entries(options).map(([c, a]) => ` · ${formatMoney(format, a, c)}`)}
                    {!type.price.active && ` ${t("ticketTypes.priceArchived")}`}{" "}
                    <span className="text-stone-600">
                      ({type.price.id}
                      {type.price.lookupKey ? ` · ${type.price.lookupKey}` : ""})
                    </span>
                  </>
                ) : (
                  t("ticketTypes.noPrice")
                )}
              </p>
              <TicketTypeForm
                eventId={event.id}
                ticketType={{ id: type.id, name: type.name, description: type.description, capacity: type.capacity, sortOrder: type.sortOrder, minimum: type.stock.sold + type.stock.held }}
              />
              <ChangePriceForm ticketTypeId={type.id} name={type.name} currency={type.price?.currency} currencyOptions={type.price ? options : undefined} />
            </article>
          );
        })}
        <div className="rounded-lg border border-dashed border-stone-300 p-4">
          <h3 className="mb-2 font-semibold">{t("ticketTypes.addHeading")}</h3>
          <TicketTypeForm eventId={event.id} />
        </div>
      </section>
    </div>
  );
}
