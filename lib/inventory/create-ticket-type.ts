import { getDb } from "../db";
import { AppError } from "../errors";

/**
 * Creates a ticket type with `capacity` seat rows, in one statement, so capacity and seats always agree.
 * Returns the new ticket type's id.
 */
export async function createTicketType(input: {
  eventId: string;
  name: string;
  capacity: number;
  description?: string;
  priceId?: string | null;
  sortOrder?: number;
}): Promise<string> {
  if (!Number.isInteger(input.capacity) || input.capacity < 0 || input.capacity > 100_000) {
    throw new AppError("invalid_input", "Capacity must be a whole number from 0 to 100,000.");
  }
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    WITH created AS (
      INSERT INTO ticket_type (event_id, name, description, capacity, price_id, sort_order)
      VALUES (${input.eventId}::uuid, ${input.name}, ${input.description ?? ""}, ${input.capacity},
              ${input.priceId ?? null}, ${input.sortOrder ?? 0})
      RETURNING id
    ), seats AS (
      INSERT INTO seat (ticket_type_id) SELECT created.id FROM created, generate_series(1, ${input.capacity})
    )
    SELECT id FROM created`;
  return rows[0]!.id;
}
