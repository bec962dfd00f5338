import { getDb } from "../db";

export type SalesPoint = { at: string; tickets: number; cumulative: number };

/**
 * Seats sold per hour for an event, with the running total, for the chart. Counted from the seat rows, the same
 * truth as the stock table's Sold column (refunded seats went back on sale, so they are not counted), and dated by
 * the hour their hold was paid for.
 */
export async function getSalesSeries({ eventId }: { eventId: string }): Promise<SalesPoint[]> {
  const rows = await getDb().$queryRaw<{ at: Date; tickets: number }[]>`
    SELECT date_trunc('hour', coalesce(h.converted_at, h.created_at)) AS at, count(*)::int AS tickets
    FROM seat s
    JOIN ticket_type tt ON tt.id = s.ticket_type_id
    JOIN hold h ON h.id = s.hold_id
    WHERE tt.event_id = ${eventId}::uuid AND s.status = 'sold'
    GROUP BY 1 ORDER BY 1`;
  let cumulative = 0;
  return rows.map((r) => ({ at: r.at.toISOString(), tickets: r.tickets, cumulative: (cumulative += r.tickets) }));
}
