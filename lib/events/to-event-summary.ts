import type { CatalogPrice, CatalogProduct, Event, TicketType } from "../generated/prisma/client";
import type { Availability } from "../inventory/get-availability";

export type TicketTypeSummary = {
  id: string;
  name: string;
  description: string;
  price: { id: string; unitAmount: number; currency: string; currencyOptions: Record<string, number> } | null;
  capacity: number;
  sold: number;
  held: number;
  available: number;
  isSoldOut: boolean;
};

export type EventSummary = {
  id: string;
  slug: string;
  name: string;
  venue: string;
  startsAt: Date;
  /** The venue's IANA zone: show times in it (`format.dateTime(startsAt, "event", { timeZone })`). */
  timeZone: string;
  description: string;
  imageUrl: string | null;
  ticketTypes: TicketTypeSummary[];
  available: number;
  capacity: number;
  /** Tickets are sold until the event starts. */
  isOnSale: boolean;
};

type EventRow = Event & { ticketTypes: (TicketType & { price: (CatalogPrice & { product?: CatalogProduct }) | null })[] };

/** Plain data for pages: the database rows reshaped, with stock from the seat counts. */
export function toEventSummary(event: EventRow, availability: Map<string, Availability>, now = new Date()): EventSummary {
  const ticketTypes = event.ticketTypes.map((ticketType): TicketTypeSummary => {
    const stock = availability.get(ticketType.id) ?? { capacity: 0, sold: 0, held: 0, available: 0 };
    // An archived price or product is never offered (Stripe would refuse it at checkout anyway).
    const price = ticketType.price?.active && ticketType.price.product?.active !== false ? ticketType.price : null;
    return {
      id: ticketType.id,
      name: ticketType.name,
      description: ticketType.description,
      price:
        price && price.unitAmount !== null
          ? {
              id: price.id,
              unitAmount: price.unitAmount,
              currency: price.currency,
              currencyOptions: (price.currencyOptions ?? {}) as Record<string, number>,
            }
          : null,
      capacity: stock.capacity,
      sold: stock.sold,
      held: stock.held,
      available: stock.available,
      isSoldOut: stock.available === 0,
    };
  });
  return {
    id: event.id,
    slug: event.slug,
    name: event.name,
    venue: event.venue,
    startsAt: event.startsAt,
    timeZone: event.timeZone,
    description: event.description,
    imageUrl: event.imageUrl,
    ticketTypes,
    available: ticketTypes.reduce((sum, t) => sum + t.available, 0),
    capacity: ticketTypes.reduce((sum, t) => sum + t.capacity, 0),
    isOnSale: event.startsAt.getTime() > now.getTime(),
  };
}
