import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { amountIn } from "@/i18n/choose-currency";
import { formatMoney } from "@/i18n/format-money";
import type { EventSummary } from "@/lib/events/to-event-summary";
import { SeatsLeft } from "../stock/seats-left";
import { DateBadge } from "./date-badge";

// The whole card is one link target (the title's link stretches over it), and cards in a row share a height.
// `currency`: the shopper's (remembered or local) currency, used when every price offers it. `isFirst`: the first
// card's image is the page's largest paint on a phone, so it is fetched before the others.
export function EventCard({ event, currency, isFirst = false }: { event: EventSummary; currency?: string; isFirst?: boolean }) {
  const t = useTranslations("eventCard");
  const format = useFormatter();
  const locale = useLocale();
  const prices = event.ticketTypes.flatMap((t) => (t.price ? [t.price] : []));
  const shown = currency && prices.every((p) => amountIn(p, currency) !== undefined) ? currency : undefined;
  const amounts = prices.map((p) => ({ amount: shown ? amountIn(p, shown)! : p.unitAmount, currency: shown ?? p.currency }));
  const cheapest = amounts.sort((a, b) => a.amount - b.amount)[0];
  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm transition focus-within:ring-2 focus-within:ring-brand-600 hover:-translate-y-0.5 hover:shadow-md">
      <div className="relative">
        {event.imageUrl ? (
          <img src={event.imageUrl} alt="" fetchPriority={isFirst ? "high" : undefined} className="aspect-[2/1] w-full object-cover" />
        ) : (
          <div className="aspect-[2/1] w-full bg-gradient-to-br from-brand-700 to-brand-600" />
        )}
        <div className="absolute top-3 left-3">
          <DateBadge date={event.startsAt} locale={locale} timeZone={event.timeZone} />
        </div>
      </div>
      <div className="flex flex-1 flex-col gap-2 p-4">
        <h2 className="text-lg leading-snug font-semibold">
          <Link href={`/events/${event.slug}`} className="group-hover:underline after:absolute after:inset-0 focus:outline-none">
            {event.name}
          </Link>
        </h2>
        <p className="text-sm text-stone-600">
          {format.dateTime(event.startsAt, "event", { timeZone: event.timeZone })} · {event.venue}
        </p>
        <div className="mt-auto flex items-center justify-between pt-2">
          <SeatsLeft available={event.available} capacity={event.capacity} held={event.ticketTypes.reduce((sum, type) => sum + type.held, 0)} isShort />
          {cheapest && <span className="text-sm text-stone-700">{t("fromPrice", { price: formatMoney(format, cheapest.amount, cheapest.currency) })}</span>}
        </div>
      </div>
    </article>
  );
}
