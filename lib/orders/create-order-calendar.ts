import { createEvent } from "ics";
import type { OrderDetails } from "./get-order-details";

// Events store a start only; calendars need an end, so an entry lasts this long.
const ASSUMED_HOURS = 3;

/** An iCalendar (.ics) file for the order's event, linking back to the order; null when the event is unknown. */
export function createOrderCalendar(order: OrderDetails, orderUrl: string): string | null {
  const event = order.event;
  if (!event) return null;
  const start = event.startsAt;
  const { error, value } = createEvent({
    uid: `order-${order.id}@box-office`,
    productId: "box-office/tickets",
    title: event.name,
    location: event.venue,
    description: `${order.tickets.length} × ${[...new Set(order.tickets.map((t) => t.ticketTypeName))].join(", ")} — ${orderUrl}`,
    url: orderUrl,
    start: [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes()],
    startInputType: "utc",
    startOutputType: "utc",
    duration: { hours: ASSUMED_HOURS },
    status: "CONFIRMED",
  });
  if (error || !value) throw error ?? new Error("could not create the calendar entry");
  return value;
}
