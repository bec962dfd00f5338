import { isZeroDecimal } from "../money";
import { siteInfo } from "../site-info";
import type { EventSummary } from "./to-event-summary";

/** schema.org `Event` for an event page (search engines' rich results): when, where, and each ticket's offer. */
export function toEventJsonLd(event: EventSummary, appUrl: string): Record<string, unknown> {
  const pageUrl = new URL(`/events/${event.slug}`, appUrl).toString();
  const [venueName, ...addressParts] = event.venue.split(",").map((part) => part.trim());
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.name,
    description: event.description,
    startDate: event.startsAt.toISOString(),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    url: pageUrl,
    ...(event.imageUrl ? { image: [new URL(event.imageUrl, appUrl).toString()] } : {}),
    location: {
      "@type": "Place",
      name: venueName ?? event.venue,
      address: addressParts.length ? addressParts.join(", ") : event.venue,
    },
    organizer: { "@type": "Organization", name: siteInfo.name, url: appUrl },
    offers: event.ticketTypes.flatMap((ticketType) =>
      ticketType.price
        ? [
            {
              "@type": "Offer",
              name: ticketType.name,
              url: pageUrl,
              price: (isZeroDecimal(ticketType.price.currency) ? ticketType.price.unitAmount : ticketType.price.unitAmount / 100).toFixed(
                isZeroDecimal(ticketType.price.currency) ? 0 : 2,
              ),
              priceCurrency: ticketType.price.currency.toUpperCase(),
              availability: event.isOnSale && !ticketType.isSoldOut ? "https://schema.org/InStock" : "https://schema.org/SoldOut",
            },
          ]
        : [],
    ),
  };
}
