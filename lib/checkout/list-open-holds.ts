import { getDb } from "../db";

export type OpenHold = {
  holdId: string;
  /** ISO time, on the database's clock. */
  expiresAt: string;
  eventName: string;
  eventSlug: string;
  lines: { name: string; quantity: number }[];
};

/**
 * The shopper's checkouts still in progress: active holds of this holder (cookie, or the account it points at)
 * that have not reached their end and are not waiting on a delayed payment — exactly the holds the
 * per-holder limit of `reserve_seats` counts, so this list explains "You already have 3 checkouts in progress".
 * No holder → none (never another shopper's holds). Soonest to end first.
 */
export async function listOpenHolds({ holderId }: { holderId: string | undefined }): Promise<{ holds: OpenHold[]; serverNow: number }> {
  // No holder, no holds: nothing to count down, so the process's clock is as good as the database's here.
  if (!holderId) return { holds: [], serverNow: Date.now() };
  // One raw query (the header runs this on every page a holder sees, the flash-sale redirect included): the
  // database's clock comes with the rows, and nothing is compiled per call.
  const rows = await getDb().$queryRaw<{ now: Date; holds: OpenHold[] | null }[]>`
    SELECT now() AS now, (
      SELECT json_agg(json_build_object(
        'holdId', h.id, 'expiresAt', h.expires_at, 'eventName', x.event_name, 'eventSlug', x.event_slug, 'lines', x.lines
      ) ORDER BY h.expires_at)
      FROM hold h
      CROSS JOIN LATERAL (
        SELECT (array_agg(e.name ORDER BY t.sort_order, t.name))[1] AS event_name, (array_agg(e.slug ORDER BY t.sort_order, t.name))[1] AS event_slug,
          json_agg(json_build_object('name', t.name, 'quantity', l.quantity) ORDER BY t.sort_order, t.name) AS lines
        FROM hold_line l JOIN ticket_type t ON t.id = l.ticket_type_id JOIN event e ON e.id = t.event_id
        WHERE l.hold_id = h.id
      ) x
      WHERE h.holder_id = ${holderId} AND h.status = 'active' AND h.awaiting_payment_since IS NULL AND h.expires_at > now()
    ) AS holds`;
  const row = rows[0]!;
  return {
    // The browser's countdowns correct their clock by this (see useCountdown).
    serverNow: new Date(row.now).getTime(),
    holds: (row.holds ?? []).map((hold) => ({
      ...hold,
      expiresAt: new Date(hold.expiresAt).toISOString(),
      eventName: hold.eventName ?? "",
      eventSlug: hold.eventSlug ?? "",
      lines: hold.lines ?? [],
    })),
  };
}
