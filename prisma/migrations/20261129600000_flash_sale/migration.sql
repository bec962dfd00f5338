-- Flash-sale path. (1) The Checkout Session's client secret and URL are kept with the hold, so rendering the
-- checkout page never calls Stripe. (2) Every change of seat rows announces the ticket types it touched on the
-- `seat_changed` channel (one notification per statement, not per seat), which app processes LISTEN to for the
-- live stock feed and the sold-out cache. (3) reserve_checkout: the checks the checkout needs (ticket types
-- exist, sales open, one event, each on sale at an active price) and the hold itself in one round trip.
ALTER TABLE "hold" ADD COLUMN "checkout_client_secret" TEXT;
ALTER TABLE "hold" ADD COLUMN "checkout_url" TEXT;

CREATE FUNCTION "notify_seat_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_types text;
BEGIN
  SELECT string_agg(DISTINCT c."ticket_type_id"::text, ',') INTO v_types FROM changed_seats c;
  -- A payload is at most 8000 bytes: a statement touching very many ticket types says "everything" instead.
  IF v_types IS NOT NULL THEN
    PERFORM pg_notify('seat_changed', CASE WHEN length(v_types) > 7000 THEN '*' ELSE v_types END);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "seat_changed_on_update" AFTER UPDATE ON "seat"
  REFERENCING NEW TABLE AS changed_seats FOR EACH STATEMENT EXECUTE FUNCTION "notify_seat_changed"();
CREATE TRIGGER "seat_changed_on_insert" AFTER INSERT ON "seat"
  REFERENCING NEW TABLE AS changed_seats FOR EACH STATEMENT EXECUTE FUNCTION "notify_seat_changed"();

-- reserve_checkout: refuses what cannot be sold, in the order a shopper should hear it, then holds through
-- reserve_seats (same parameters, same outcomes, same limits). Extra outcomes: sales_ended, multiple_events,
-- not_on_sale (ticket_type_id says which). On 'ok', `lines` holds each ticket type's price (id, currency,
-- currency options) for the Checkout Session, read in the same transaction as the hold.
CREATE FUNCTION "reserve_checkout"(
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
) RETURNS TABLE (outcome text, hold_id uuid, expires_at timestamptz, ticket_type_id uuid, available int, max_allowed int, db_now timestamptz, lines jsonb)
LANGUAGE plpgsql AS $$
DECLARE
  v_type uuid;
  v_events int;
  v_started boolean;
  v_lines jsonb;
BEGIN
  SELECT u.t INTO v_type FROM unnest(p_ticket_types) u(t) LEFT JOIN "ticket_type" t ON t."id" = u.t WHERE t."id" IS NULL LIMIT 1;
  IF FOUND THEN
    RETURN QUERY SELECT 'unknown_ticket_type'::text, NULL::uuid, NULL::timestamptz, v_type, NULL::int, NULL::int, now(), NULL::jsonb;
    RETURN;
  END IF;
  SELECT count(DISTINCT t."event_id")::int, coalesce(bool_or(e."starts_at" <= now()), false) INTO v_events, v_started
    FROM "ticket_type" t JOIN "event" e ON e."id" = t."event_id" WHERE t."id" = ANY (p_ticket_types);
  IF v_started THEN
    RETURN QUERY SELECT 'sales_ended'::text, NULL::uuid, NULL::timestamptz, NULL::uuid, NULL::int, NULL::int, now(), NULL::jsonb;
    RETURN;
  END IF;
  IF v_events > 1 THEN
    RETURN QUERY SELECT 'multiple_events'::text, NULL::uuid, NULL::timestamptz, NULL::uuid, NULL::int, NULL::int, now(), NULL::jsonb;
    RETURN;
  END IF;
  SELECT t."id" INTO v_type FROM "ticket_type" t LEFT JOIN "catalog_price" p ON p."id" = t."price_id"
    WHERE t."id" = ANY (p_ticket_types) AND (p."id" IS NULL OR NOT p."active") LIMIT 1;
  IF FOUND THEN
    RETURN QUERY SELECT 'not_on_sale'::text, NULL::uuid, NULL::timestamptz, v_type, NULL::int, NULL::int, now(), NULL::jsonb;
    RETURN;
  END IF;
  SELECT jsonb_agg(jsonb_build_object('ticketTypeId', t."id", 'priceId', p."id", 'currency', p."currency", 'currencyOptions', p."currency_options"))
    INTO v_lines
    FROM "ticket_type" t JOIN "catalog_price" p ON p."id" = t."price_id" WHERE t."id" = ANY (p_ticket_types);
  RETURN QUERY SELECT r."outcome", r."hold_id", r."expires_at", r."ticket_type_id", r."available", r."max_allowed", r."db_now",
      CASE WHEN r."outcome" = 'ok' THEN v_lines END
    FROM "reserve_seats"(p_holder, p_client, p_ticket_types, p_quantities, p_hold_seconds, p_max_seats, p_max_holds,
      p_max_client_event_seats, p_rate_limit, p_rate_window_seconds) r;
END;
$$;
