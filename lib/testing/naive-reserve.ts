import { getDb } from "../db";

/**
 * NEGATIVE CONTROL ONLY — never use. The textbook oversell: read how many seats are free, then write the
 * hold in a separate step. Concurrent callers all read the same count and all "succeed". Tests run the same
 * load through this and through reserveSeats to prove the concurrency test can fail.
 */
export async function naiveReserve({ ticketTypeId, quantity }: { ticketTypeId: string; quantity: number }): Promise<boolean> {
  const db = getDb();
  const available = await db.seat.count({ where: { ticketTypeId, status: "available" } });
  if (available < quantity) return false;
  const seats = await db.seat.findMany({ where: { ticketTypeId, status: "available" }, take: quantity, select: { id: true } });
  const hold = await db.hold.create({ data: { holderId: "naive", expiresAt: new Date(Date.now() + 600_000) } });
  await db.holdLine.create({ data: { holdId: hold.id, ticketTypeId, quantity } });
  await db.seat.updateMany({ where: { id: { in: seats.map((seat) => seat.id) } }, data: { status: "held", holdId: hold.id } });
  return true;
}
