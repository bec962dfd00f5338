import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ResumeHoldNotice } from "@/components/checkout/resume-hold-notice";
import { TicketPicker, type PickableTicketType } from "@/components/checkout/ticket-picker";
import { CurrencySwitcher } from "@/components/i18n/currency-switcher";
import { PresaleNotice } from "@/components/membership/presale-notice";
import { Alert } from "@/components/ui/alert";
import { amountIn, chooseCurrency, CURRENCY_COOKIE } from "@/i18n/choose-currency";
import { formatMoney } from "@/i18n/format-money";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { getEventBySlug } from "@/lib/events/get-event-by-slug";
import { toEventJsonLd } from "@/lib/events/to-event-json-ld";
import { getEventSaleView } from "@/lib/memberships/get-event-sale-view";
import { getEnv } from "@/lib/env";
import { reserveTicketsAction } from "./actions";

// One lookup per request, shared by the metadata and the page.
const getEvent = cache((slug: string) => getEventBySlug({ slug }));

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ currency?: string; checkout?: string; released?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEvent((await params).slug);
  if (!event) return { title: (await getTranslations("event"))("notFoundMetaTitle"), robots: { index: false } };
  const format = await getFormatter();
  const description = `${format.dateTime(event.startsAt, "event", { timeZone: event.timeZone })} · ${event.venue}. ${event.description}`.slice(0, 300);
  const path = `/events/${event.slug}`;
  return {
    title: event.name,
    description,
    alternates: { canonical: path },
    // The image comes from ./opengraph-image.tsx.
    openGraph: { type: "website", title: event.name, description, url: path },
    twitter: { card: "summary_large_image", title: event.name, description },
  };
}

export default async function EventPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const event = await getEvent(slug);
  if (!event) notFound();
  const [t, format, locale, cookieStore] = await Promise.all([getTranslations("event"), getFormatter(), getLocale(), cookies()]);
  // Yen first for a Japanese shopper; a remembered choice (cookie) or ?currency= wins; only offered currencies.
  const { currencies, currency: chosen } = chooseCurrency({
    offered: offeredCurrencies(event.ticketTypes),
    query: query.currency,
    cookie: cookieStore.get(CURRENCY_COOKIE)?.value,
    locale,
  });
  const currency = chosen ?? event.ticketTypes.find((type) => type.price)?.price?.currency ?? "eur";
  const [user, tPresale] = await Promise.all([getCurrentUser(), getTranslations("membership.presale")]);
  const saleView = await getEventSaleView({ eventId: event.id, userId: user?.id, currency });
  const uiMode = query.checkout === "hosted" || query.checkout === "embedded" ? query.checkout : undefined;
  const ticketTypes = event.ticketTypes.map((type): PickableTicketType => {
    const amount = type.price ? amountIn(type.price, currency) : undefined;
    return {
      id: type.id,
      name: type.name,
      description: type.description,
      available: type.available,
      held: type.held,
      capacity: type.capacity,
      unitAmount: amount ?? null,
      priceLabel: amount !== undefined ? formatMoney(format, amount, currency) : null,
      ...memberPricing(type.id, amount),
    };
  });

  // "<" escaped: the JSON sits inside a script element.
  const jsonLd = JSON.stringify(toEventJsonLd(event, getEnv().APP_URL)).replace(/</g, "\\u003c");

  // Members pay their price (the reserve path charges it); others see what members pay.
  function memberPricing(ticketTypeId: string, amount: number | undefined): Partial<PickableTicketType> {
    const memberAmount = saleView?.memberAmounts[ticketTypeId];
    if (memberAmount === undefined || amount === undefined) return {};
    const label = formatMoney(format, memberAmount, currency);
    return saleView?.isMember ? { priceLabel: tPresale("memberPrice", { price: label }), unitAmount: memberAmount } : { memberPriceLabel: label };
  }

  return (
    <article className="space-y-6">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      {/* The page's largest paint: fetched first. */}
      {event.imageUrl && <img src={event.imageUrl} alt="" fetchPriority="high" className="aspect-[2/1] w-full rounded-xl object-cover sm:aspect-[3/1]" />}
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{event.name}</h1>
        <p className="text-stone-600">
          {format.dateTime(event.startsAt, "event", { timeZone: event.timeZone })} · {event.venue}
        </p>
      </header>
      {query.released && (
        <Alert role="status" variant="warning" className="text-base">
          {t("released")}
        </Alert>
      )}
      <ResumeHoldNotice eventSlug={event.slug} />
      <p className="max-w-2xl text-stone-700">{event.description}</p>
      <section aria-labelledby="tickets-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="tickets-heading" className="text-xl font-semibold">
            {t("ticketsHeading")}
          </h2>
          {currencies.length > 1 && (
            <CurrencySwitcher currencies={currencies} current={currency} returnTo={`/events/${event.slug}${uiMode ? `?checkout=${uiMode}` : ""}`} />
          )}
        </div>
        {saleView && <PresaleNotice view={saleView} signedIn={!!user} returnTo={`/events/${event.slug}`} />}
        {event.isOnSale && (saleView?.canBuy ?? true) ? (
          <TicketPicker
            eventId={event.id}
            ticketTypes={ticketTypes}
            maxPerOrder={getEnv().MAX_SEATS_PER_ORDER}
            currency={currency}
            uiMode={uiMode}
            action={reserveTicketsAction}
          />
        ) : event.isOnSale ? null : (
          <Alert className="text-base">{t("salesEnded")}</Alert>
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
