import { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";

export type Availability = { ticketTypeId: string; capacity: number; sold: number; held: number; available: number };

/** Stock per ticket type, counted from the seat rows (the only truth): capacity = sold + held + available. */
export async function getAvailability({ ticketTypeIds }: { ticketTypeIds: string[] }): Promise<Map<string, Availability>> {
  if (ticketTypeIds.length === 0) return new Map();
  const rows = await getDb().$queryRaw<Availability[]>`
    SELECT t.id AS "ticketTypeId",
      count(s.id)::int AS capacity,
      (count(*) FILTER (WHERE s.status = 'sold'))::int AS sold,
      (count(*) FILTER (WHERE s.status = 'held'))::int AS held,
      (count(*) FILTER (WHERE s.status = 'available'))::int AS available
    FROM ticket_type t LEFT JOIN seat s ON s.ticket_type_id = t.id
    WHERE t.id IN (${Prisma.join(ticketTypeIds.map((id) => Prisma.sql`${id}::uuid`))})
    GROUP BY t.id`;
  return new Map(rows.map((row) => [row.ticketTypeId, row]));
}
