-- Limits a cookie cannot reset. A hold remembers the client address it came from (IPv4, or an IPv6 /64), and
-- `reserve_client` is one row per address: it is the lock that serialises that address's reserve calls (so its
-- limits hold under concurrency, across every app instance) and its request counter for the rate limit.
ALTER TABLE "hold" ADD COLUMN "client_key" TEXT;
CREATE INDEX "hold_client_key_status_idx" ON "hold"("client_key", "status");

CREATE TABLE "reserve_client" (
    "client_key" TEXT NOT NULL,
    "window_started_at" TIMESTAMPTZ(3) NOT NULL,
    "requests" INTEGER NOT NULL,

    CONSTRAINT "reserve_client_pkey" PRIMARY KEY ("client_key")
);

DROP FUNCTION "reserve_seats"(text, uuid[], int[], numeric, int, int);

-- reserve_seats: holds seats of one or more ticket types for one holder, all or nothing, in one statement.
-- Seats are picked with FOR UPDATE SKIP LOCKED, so concurrent callers never wait on each other's seats and a
-- seat can only ever belong to one hold. Rows that carry a limit are locked first (the client address, then
-- the holder), so every limit is checked and applied atomically with the hold.
--   * rate limit: at most p_rate_limit calls per client address per p_rate_window_seconds (counted even when
--     refused, and committed with the refusal: the counter lives in this database, so it holds across instances);
--   * per order: at most p_max_seats seats;
--   * per holder (cookie): at most p_max_holds active holds — holds awaiting a delayed payment do not count;
--   * per client address and event: at most p_max_client_event_seats seats in active holds.
-- p_client NULL skips the address limits (internal callers). Times are the database's (`now()`): one clock.
-- Outcomes: ok | invalid | unknown_ticket_type | sold_out | not_enough_seats | contended | seats_limit | holds_limit |
--           rate_limited (available = seconds until the window ends) | client_event_limit (available = seats
--           this address may still hold for the event).
CREATE FUNCTION "reserve_seats"(
  p_holder text,
  p_client text,
  p_ticket_types uuid[],
  p_quantities int[],
  p_hold_seconds numeric,
  p_max_seats int,
  p_max_holds int,
  p_max_client_event_seats int,
  p_rate_limit int,
  p_rate_window_seconds int
) RETURNS TABLE (outcome text, hold_id uuid, expires_at timestamptz, ticket_type_id uuid, available int, max_allowed int, db_now timestamptz)
LANGUAGE plpgsql AS $$
DECLARE
  v_lines int := coalesce(cardinality(p_ticket_types), 0);
  v_total int;
  v_active int;
  v_requests int;
  v_window_started timestamptz;
  v_client_held int;
  v_picked bigint[];
  v_seats bigint[] := '{}';
  v_left int;
  v_hold uuid;
  v_expires timestamptz;
BEGIN
  IF p_holder IS NULL OR length(p_holder) = 0 OR v_lines = 0 OR v_lines <> coalesce(cardinality(p_quantities), 0)
     OR (SELECT count(DISTINCT t) FROM unnest(p_ticket_types) t) <> v_lines
     OR EXISTS (SELECT 1 FROM unnest(p_quantities) q WHERE q IS NULL OR q < 1)
     OR p_hold_seconds IS NULL OR p_hold_seconds <= 0 THEN
    RETURN QUERY SELECT 'invalid'::text, NULL::uuid, NULL::timestamptz, NULL::uuid, NULL::int, NULL::int, now();
    RETURN;
  END IF;

  IF p_client IS NOT NULL THEN
    -- One row per address: the upsert locks it for the rest of this transaction and counts this request.
    INSERT INTO "reserve_client" AS c ("client_key", "window_started_at", "requests") VALUES (p_client, now(), 1)
    ON CONFLICT ("client_key") DO UPDATE SET
      "window_started_at" = CASE WHEN c."window_started_at" <= now() - make_interval(secs => p_rate_window_seconds)
                                 THEN now() ELSE c."window_started_at" END,
      "requests" = CASE WHEN c."window_started_at" <= now() - make_interval(secs => p_rate_window_seconds)
                        THEN 1 ELSE c."requests" + 1 END
    RETURNING c."requests", c."window_started_at" INTO v_requests, v_window_started;
    IF v_requests > p_rate_limit THEN
      RETURN QUERY SELECT 'rate_limited'::text, NULL::uuid, NULL::timestamptz, NULL::uuid,
        greatest(1, ceil(extract(epoch FROM v_window_started + make_interval(secs => p_rate_window_seconds) - now())))::int,
        p_rate_limit, now();
      RETURN;
    END IF;
  END IF;

  SELECT sum(q)::int INTO v_total FROM unnest(p_quantities) q;
  IF v_total > p_max_seats THEN
    RETURN QUERY SELECT 'seats_limit'::text, NULL::uuid, NULL::timestamptz, NULL::uuid, NULL::int, p_max_seats, now();
    RETURN;
  END IF;

  -- The holder row exists only as a lock; creating it changes no stock.
  INSERT INTO "holder" ("id") VALUES (p_holder) ON CONFLICT ("id") DO UPDATE SET "id" = EXCLUDED."id";
  SELECT count(*)::int INTO v_active FROM "hold" h
    WHERE h."holder_id" = p_holder AND h."status" = 'active' AND h."expires_at" > now()
      AND h."awaiting_payment_since" IS NULL;
  IF v_active >= p_max_holds THEN
    RETURN QUERY SELECT 'holds_limit'::text, NULL::uuid, NULL::timestamptz, NULL::uuid, NULL::int, p_max_holds, now();
    RETURN;
  END IF;

  IF p_client IS NOT NULL THEN
    -- Held means held: an ended hold counts until the sweeper has released it, so a client cannot outrun it.
    SELECT coalesce(sum(l."quantity"), 0)::int INTO v_client_held
      FROM "hold" h JOIN "hold_line" l ON l."hold_id" = h."id" JOIN "ticket_type" t ON t."id" = l."ticket_type_id"
      WHERE h."client_key" = p_client AND h."status" = 'active' AND h."awaiting_payment_since" IS NULL
        AND t."event_id" IN (SELECT t2."event_id" FROM "ticket_type" t2 WHERE t2."id" = ANY (p_ticket_types));
    IF v_client_held + v_total > p_max_client_event_seats THEN
      RETURN QUERY SELECT 'client_event_limit'::text, NULL::uuid, NULL::timestamptz, NULL::uuid,
        greatest(0, p_max_client_event_seats - v_client_held), p_max_client_event_seats, now();
      RETURN;
    END IF;
  END IF;

  FOR i IN 1..v_lines LOOP
    IF NOT EXISTS (SELECT 1 FROM "ticket_type" t WHERE t."id" = p_ticket_types[i]) THEN
      RETURN QUERY SELECT 'unknown_ticket_type'::text, NULL::uuid, NULL::timestamptz, p_ticket_types[i], NULL::int, NULL::int, now();
      RETURN;
    END IF;
    SELECT array_agg(x."id") INTO v_picked FROM (
      SELECT s."id" FROM "seat" s
      WHERE s."ticket_type_id" = p_ticket_types[i] AND s."status" = 'available'
      LIMIT p_quantities[i]
      FOR UPDATE SKIP LOCKED
    ) x;
    IF coalesce(cardinality(v_picked), 0) < p_quantities[i] THEN
      SELECT count(*)::int INTO v_left FROM "seat" s
        WHERE s."ticket_type_id" = p_ticket_types[i] AND s."status" = 'available';
      -- Seats other shoppers are taking this instant are skipped, not waited for: if the count still shows
      -- enough, say so ('contended') rather than "only N left" to someone who asked for fewer than N.
      RETURN QUERY SELECT CASE WHEN v_left = 0 THEN 'sold_out' WHEN v_left >= p_quantities[i] THEN 'contended'
                               ELSE 'not_enough_seats' END,
        NULL::uuid, NULL::timestamptz, p_ticket_types[i], v_left, NULL::int, now();
      RETURN;
    END IF;
    v_seats := v_seats || v_picked;
  END LOOP;

  v_expires := now() + make_interval(secs => p_hold_seconds);
  INSERT INTO "hold" ("holder_id", "client_key", "expires_at") VALUES (p_holder, p_client, v_expires) RETURNING "id" INTO v_hold;
  INSERT INTO "hold_line" ("hold_id", "ticket_type_id", "quantity")
    SELECT v_hold, u.t, u.q FROM unnest(p_ticket_types, p_quantities) AS u(t, q);
  UPDATE "seat" SET "status" = 'held', "hold_id" = v_hold WHERE "id" = ANY (v_seats);
  RETURN QUERY SELECT 'ok'::text, v_hold, v_expires, NULL::uuid, NULL::int, NULL::int, now();
END;
$$;
