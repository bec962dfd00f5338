import type { DbClient } from "./db-client";

/**
 * Marks tickets refunded and puts their seats back on sale, in one statement: only tickets not yet refunded
 * change, so a retried refund (or a webhook repeating it) returns each seat once. Returns the ids changed.
 */
export async function returnRefundedSeats(
  { ticketIds, refundId }: { ticketIds: string[]; refundId: string },
  db: DbClient,
): Promise<string[]> {
  if (ticketIds.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH refunded AS (
      UPDATE ticket t SET refunded_at = now(), refund_id = ${refundId}, seat_id = NULL
      FROM (SELECT id, seat_id FROM ticket WHERE id = ANY(${ticketIds}::uuid[]) AND refunded_at IS NULL FOR UPDATE) old
      WHERE t.id = old.id
      RETURNING t.id, old.seat_id
    ), freed AS (
      UPDATE seat SET status = 'available', hold_id = NULL
      WHERE id IN (SELECT seat_id FROM refunded WHERE seat_id IS NOT NULL) AND status = 'sold'
      RETURNING 1
    )
    SELECT id::text FROM refunded, (SELECT count(*) FROM freed) f`;
  return rows.map((r) => r.id);
}
