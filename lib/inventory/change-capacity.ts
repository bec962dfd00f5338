import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";

export type CapacityChange = { before: number; after: number };

/**
 * Sets a ticket type's capacity. Raising adds seat rows; lowering removes available seats only, never below
 * sold + held (refused with the numbers). One transaction holding the ticket type's row lock, so two admins
 * changing capacity at once cannot both pass the check; shoppers are not blocked (seat picks skip locked rows).
 */
export async function changeCapacity({ ticketTypeId, capacity }: { ticketTypeId: string; capacity: number }): Promise<CapacityChange> {
  if (!Number.isInteger(capacity) || capacity < 0 || capacity > 100_000) {
    throw new AppError("invalid_input", "Capacity must be a whole number from 0 to 100,000.", { field: "capacity" });
  }
  return getDb().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ capacity: number }[]>`
      SELECT capacity FROM ticket_type WHERE id = ${ticketTypeId}::uuid FOR UPDATE`;
    const before = locked[0]?.capacity;
    if (before === undefined) throw new AppError("not_found", "No such ticket type.");
    if (capacity > before) {
      await tx.$executeRaw`
        INSERT INTO seat (ticket_type_id) SELECT ${ticketTypeId}::uuid FROM generate_series(1, ${capacity - before})`;
    } else if (capacity < before) {
      const remove = before - capacity;
      const removed = await tx.$executeRaw`
        DELETE FROM seat WHERE id IN (
          SELECT id FROM seat WHERE ticket_type_id = ${ticketTypeId}::uuid AND status = 'available'
          ORDER BY id DESC LIMIT ${remove} FOR UPDATE SKIP LOCKED)`;
      if (removed < remove) {
        const taken = before - (removed + (await countAvailableAfter(tx, ticketTypeId)));
        throw new AppError(
          "conflict",
          `Capacity cannot go below ${taken} (sold + held right now). Nothing was changed.`,
          { field: "capacity", minimum: taken },
        );
      }
    }
    await tx.$executeRaw`UPDATE ticket_type SET capacity = ${capacity} WHERE id = ${ticketTypeId}::uuid`;
    return { before, after: capacity };
  });
}

async function countAvailableAfter(tx: Prisma.TransactionClient, ticketTypeId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM seat WHERE ticket_type_id = ${ticketTypeId}::uuid AND status = 'available'`;
  return rows[0]?.n ?? 0;
}
