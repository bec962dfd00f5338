import { getDb } from "../db";

export type SalesPoint = { at: string; tickets: number; cumulative: number };

/** Tickets sold per hour for an event (refunded ones excluded), with the running total, for the chart. */
export async function getSalesSeries({ eventId }: { eventId: string }): Promise<SalesPoint[]> {
  const rows = await getDb().$queryRaw<{ at: Date; tickets: number }[]>`
    SELECT date_trunc('hour', t.created_at) AS at, count(*)::int AS tickets
    FROM ticket t JOIN ticket_type tt ON tt.id = t.ticket_type_id
    WHERE tt.event_id = ${eventId}::uuid AND t.refunded_at IS NULL
    GROUP BY 1 ORDER BY 1`;
  let cumulative = 0;
  return rows.map((r) => ({ at: r.at.toISOString(), tickets: r.tickets, cumulative: (cumulative += r.tickets) }));
}
