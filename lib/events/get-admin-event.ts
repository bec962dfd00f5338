import { getDb } from "../db";
import { getAvailability } from "../inventory/get-availability";

/** One event for editing: its fields, and each ticket type with stock and current price. */
export async function getAdminEvent({ eventId }: { eventId: string }) {
  const event = await getDb().event.findUnique({
    where: { id: eventId },
    include: { ticketTypes: { orderBy: { sortOrder: "asc" }, include: { price: { include: { product: true } } } } },
  });
  if (!event) return null;
  const stock = await getAvailability({ ticketTypeIds: event.ticketTypes.map((t) => t.id) });
  return {
    ...event,
    ticketTypes: event.ticketTypes.map((t) => ({ ...t, stock: stock.get(t.id) ?? { capacity: 0, sold: 0, held: 0, available: 0 } })),
  };
}
