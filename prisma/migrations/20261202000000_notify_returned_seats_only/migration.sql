-- `seat_changed` is sent only when seats come back on sale (a release, an expiry, a refund, added capacity), not
-- when they are held or sold. Why: a transaction that has called NOTIFY takes a database-wide lock at commit and
-- keeps it until its commit record is flushed, so every hold's commit waited for every other hold's fsync. With
-- the notification on every hold, `reserve_seats` ran at 57–84 holds/s; without it, 445–636/s (concurrency 50,
-- same machine and load). Seats going back on sale are what the sold-out short-circuit must hear at once; stock
-- going down is seen by the live feed's poll of watched events (lib/inventory/stock-feed.ts) and by the process
-- that made the hold, straight away.
CREATE OR REPLACE FUNCTION "notify_seat_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_types text;
BEGIN
  SELECT string_agg(DISTINCT c."ticket_type_id"::text, ',') INTO v_types FROM changed_seats c WHERE c."status" = 'available';
  -- A payload is at most 8000 bytes: a statement touching very many ticket types says "everything" instead.
  IF v_types IS NOT NULL THEN
    PERFORM pg_notify('seat_changed', CASE WHEN length(v_types) > 7000 THEN '*' ELSE v_types END);
  END IF;
  RETURN NULL;
END;
$$;
