import { randomUUID } from "node:crypto";
import { getDb } from "../db";
import { createTicketType } from "../inventory/create-ticket-type";

/** Test factory: an event with ticket types of the given capacities; returns their ids in order. */
export async function createTestEvent(capacities: number[]): Promise<{ eventId: string; ticketTypeIds: string[] }> {
  const slug = `test-${randomUUID()}`;
  const event = await getDb().event.create({
    data: { slug, name: `Test ${slug}`, venue: "Test Hall", startsAt: new Date(Date.now() + 86_400_000), description: "" },
  });
  const ticketTypeIds: string[] = [];
  for (const [index, capacity] of capacities.entries()) {
    ticketTypeIds.push(await createTicketType({ eventId: event.id, name: `Type ${index}`, capacity, sortOrder: index }));
  }
  return { eventId: event.id, ticketTypeIds };
}
