
-- reserve_seats: holds seats of one or more ticket types for one holder, all or nothing, in one statement.
-- Seats are picked with FOR UPDATE SKIP LOCKED, so concurrent callers never wait on each other's seats and a
-- seat can only ever belong to one hold. The holder row is locked first so per-holder limits are checked and
-- applied atomically even when one holder sends many requests at once.
-- Outcomes: ok | invalid | unknown_ticket_type | sold_out | not_enough_seats | seats_limit | holds_limit.
CREATE FUNCTION "reserve_seats"(
  p_holder text,
  p_ticket_types uuid[],
  p_quantities int[],
  p_hold_seconds numeric,
  p_max_seats int,
  p_max_holds int
) RETURNS TABLE (outcome text, hold_id uuid, expires_at timestamptz, ticket_type_id uuid, available int, max_allowed int)
LANGUAGE plpgsql AS $$
DECLARE
  v_lines int := coalesce(cardinality(p_ticket_types), 0);
  v_total int;
  v_active int;
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
    RETURN QUERY SELECT 'invalid'::text, NULL::uuid, NULL::timestamptz, NULL::uuid, NULL::int, NULL::int;
    RETURN;
  END IF;

  SELECT sum(q)::int INTO v_total FROM unnest(p_quantities) q;
  IF v_total > p_max_seats THEN
    RETURN QUERY SELECT 'seats_limit'::text, NULL::uuid, NULL::timestamptz, NULL::uuid, NULL::int, p_max_seats;
    RETURN;
  END IF;

  -- The holder row exists only as a lock; creating it changes no stock.
  INSERT INTO "holder" ("id") VALUES (p_holder) ON CONFLICT ("id") DO UPDATE SET "id" = EXCLUDED."id";
  SELECT count(*)::int INTO v_active FROM "hold" h
    WHERE h."holder_id" = p_holder AND h."status" = 'active' AND h."expires_at" > now();
  IF v_active >= p_max_holds THEN
    RETURN QUERY SELECT 'holds_limit'::text, NULL::uuid, NULL::timestamptz, NULL::uuid, NULL::int, p_max_holds;
    RETURN;
  END IF;

  FOR i IN 1..v_lines LOOP
    IF NOT EXISTS (SELECT 1 FROM "ticket_type" t WHERE t."id" = p_ticket_types[i]) THEN
      RETURN QUERY SELECT 'unknown_ticket_type'::text, NULL::uuid, NULL::timestamptz, p_ticket_types[i], NULL::int, NULL::int;
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
      RETURN QUERY SELECT CASE WHEN v_left = 0 THEN 'sold_out' ELSE 'not_enough_seats' END,
        NULL::uuid, NULL::timestamptz, p_ticket_types[i], v_left, NULL::int;
      RETURN;
    END IF;
    v_seats := v_seats || v_picked;
  END LOOP;

  v_expires := now() + make_interval(secs => p_hold_seconds);
  INSERT INTO "hold" ("holder_id", "expires_at") VALUES (p_holder, v_expires) RETURNING "id" INTO v_hold;
  INSERT INTO "hold_line" ("hold_id", "ticket_type_id", "quantity")
    SELECT v_hold, u.t, u.q FROM unnest(p_ticket_types, p_quantities) AS u(t, q);
  UPDATE "seat" SET "status" = 'held', "hold_id" = v_hold WHERE "id" = ANY (v_seats);
  RETURN QUERY SELECT 'ok'::text, v_hold, v_expires, NULL::uuid, NULL::int, NULL::int;
END;
$$;
