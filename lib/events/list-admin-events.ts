import { getDb } from "../db";
import { getAvailability } from "../inventory/get-availability";

/** Every event (published or not) for the console, with totals across its ticket types. */
export async function listAdminEvents(options: { startingAfter?: Date } = {}) {
  const events = await getDb().event.findMany({ where: options.startingAfter ? { startsAt: { gt: options.startingAfter } } : {}, orderBy: { startsAt: "asc" }, include: { ticketTypes: true } });
  const stock = await getAvailability({ ticketTypeIds: events.flatMap((e) => e.ticketTypes.map((t) => t.id)) });
  return events.map((e) => {
    const sum = (k: "capacity" | "sold" | "held" | "available") => e.ticketTypes.reduce((n, t) => n + (stock.get(t.id)?.[k] ?? 0), 0);
    return { id: e.id, name: e.name, slug: e.slug, startsAt: e.startsAt, published: e.published, capacity: sum("capacity"), sold: sum("sold"), held: sum("held"), available: sum("available") };
  });
}
