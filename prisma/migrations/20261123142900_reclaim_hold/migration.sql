-- reclaim_hold: a hold was released (its end passed) but its Checkout Session was paid after all. Sell the
-- same quantities from the seats still available, all or nothing, in one statement; the hold becomes
-- `converted`. Returns false when the seats are gone (the order then needs a refund: never sell a seat twice).
CREATE FUNCTION "reclaim_hold"(p_hold uuid) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
  v_line record;
  v_picked bigint[];
  v_seats bigint[] := '{}';
BEGIN
  PERFORM 1 FROM "hold" h WHERE h."id" = p_hold AND h."status" = 'released' FOR UPDATE;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  FOR v_line IN SELECT l."ticket_type_id", l."quantity" FROM "hold_line" l WHERE l."hold_id" = p_hold LOOP
    SELECT array_agg(x."id") INTO v_picked FROM (
      SELECT s."id" FROM "seat" s
      WHERE s."ticket_type_id" = v_line."ticket_type_id" AND s."status" = 'available'
      LIMIT v_line."quantity"
      FOR UPDATE SKIP LOCKED
    ) x;
    IF coalesce(cardinality(v_picked), 0) < v_line."quantity" THEN
      RETURN false;
    END IF;
    v_seats := v_seats || v_picked;
  END LOOP;
  UPDATE "seat" SET "status" = 'sold', "hold_id" = p_hold WHERE "id" = ANY (v_seats);
  UPDATE "hold" SET "status" = 'converted', "converted_at" = now() WHERE "id" = p_hold;
  RETURN true;
END;
$$;
