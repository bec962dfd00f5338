import { getDb } from "../db";
import { isUuid } from "../is-uuid";
import type { CheckoutSummary } from "../stripe/to-checkout-summary";

export type CheckoutHold = {
  id: string;
  holderId: string;
  status: "active" | "released" | "converted";
  /** Why a released hold ended ("expired", "cancelled" by its shopper, …); null while it has not. */
  releaseReason: string | null;
  expiresAt: Date;
  createdAt: Date;
  isAwaitingPayment: boolean;
  checkoutSessionId: string | null;
  checkoutClientSecret: string | null;
  checkoutUrl: string | null;
  /** What the session charges, kept when it was created (null for holds made before that was kept). */
  checkoutSummary: CheckoutSummary | null;
  orderToken: string | null;
  /** The database's clock at the time of reading: the one clock the countdown uses. */
  dbNow: Date;
  /** Where and when (the first line's event: a hold is for one event). */
  event: { name: string; slug: string; venue: string; startsAt: string; timeZone: string } | null;
  lines: {
    ticketTypeId: string;
    name: string;
    quantity: number;
    eventSlug: string;
    eventName: string;
    available: number;
    /** The Stripe product of the ticket type's price (the summary's lines are keyed by it). */
    productId: string | null;
  }[];
};

/**
 * Everything the checkout page shows about a hold, in one query: the hold, its lines with their event and the
 * seats still available (for "try again"), its order if it was paid, and the database's clock. Null if unknown.
 */
export async function getCheckoutHold({ holdId }: { holdId: string }): Promise<CheckoutHold | null> {
  if (!isUuid(holdId)) return null;
  const rows = await getDb().$queryRaw<CheckoutHold[]>`
    SELECT h.id, h.holder_id AS "holderId", h.status::text AS status, h.release_reason AS "releaseReason", h.expires_at AS "expiresAt", h.created_at AS "createdAt",
      h.awaiting_payment_since IS NOT NULL AS "isAwaitingPayment",
      h.checkout_session_id AS "checkoutSessionId", h.checkout_client_secret AS "checkoutClientSecret", h.checkout_url AS "checkoutUrl",
      h.checkout_summary AS "checkoutSummary",
      (SELECT o.token FROM "order" o WHERE o.checkout_session_id = h.checkout_session_id) AS "orderToken",
      now() AS "dbNow",
      coalesce((
        SELECT json_agg(json_build_object(
          'ticketTypeId', l.ticket_type_id, 'name', t.name, 'quantity', l.quantity, 'eventSlug', e.slug, 'eventName', e.name,
          'available', (SELECT count(*) FROM seat s WHERE s.ticket_type_id = l.ticket_type_id AND s.status = 'available'),
          'productId', p.product_id
        ) ORDER BY t.sort_order, t.name)
        FROM hold_line l JOIN ticket_type t ON t.id = l.ticket_type_id JOIN event e ON e.id = t.event_id
          LEFT JOIN catalog_price p ON p.id = t.price_id
        WHERE l.hold_id = h.id
      ), '[]'::json) AS lines,
      (SELECT json_build_object('name', e.name, 'slug', e.slug, 'venue', e.venue, 'startsAt', e.starts_at, 'timeZone', e.time_zone)
         FROM hold_line l JOIN ticket_type t ON t.id = l.ticket_type_id JOIN event e ON e.id = t.event_id
        WHERE l.hold_id = h.id ORDER BY t.sort_order, t.name LIMIT 1) AS event
    FROM hold h WHERE h.id = ${holdId}::uuid`;
  const row = rows[0];
  if (!row) return null;
  return {
    ...row,
    expiresAt: new Date(row.expiresAt),
    createdAt: new Date(row.createdAt),
    dbNow: new Date(row.dbNow),
    // json_build_object writes timestamptz without a zone suffix normalised like toISOString(): normalise it.
    event: row.event ? { ...row.event, startsAt: new Date(row.event.startsAt).toISOString() } : null,
  };
}
