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
-- reserve_seats (same parameters, same outcomes, same limits, same rate limit). It states in SQL what startCheckout
-- checked with separate queries before: the ticket types exist; the event has not started; it is published; one
-- event per order; the sale phase (lib/events/get-sale-phase.ts: a members-only presale before general_sale_at,
-- nothing before the presale opens); each line's price is active and its product too. A member (p_user_id with a
-- subscription in p_benefit_statuses) pays the active member price of a ticket type that has one.
-- Extra outcomes: sales_ended, not_published, multiple_events, sale_not_open (sale_at = when it opens),
-- members_only (sale_at = general sale), not_on_sale (ticket_type_id says which). On 'ok', `lines` holds each
-- ticket type's price (id, currency, currency options) for the Checkout Session, read in the hold's transaction.
CREATE FUNCTION "reserve_checkout"(
  p_holder text,
  p_client text,
  p_ticket_types uuid[],
  p_quantities int[],
  p_user_id text,
  p_benefit_statuses text[],
  p_hold_seconds numeric,
  p_max_seats int,
  p_max_holds int,
  p_max_client_event_seats int,
  p_rate_limit int,
  p_rate_window_seconds int
) RETURNS TABLE (outcome text, hold_id uuid, expires_at timestamptz, ticket_type_id uuid, available int, max_allowed int,
                 db_now timestamptz, lines jsonb, sale_at timestamptz)
LANGUAGE plpgsql AS $$
DECLARE
  v_type uuid;
  v_events int;
  v_event record;
  v_member boolean := false;
  v_lines jsonb;
BEGIN
  SELECT u.t INTO v_type FROM unnest(p_ticket_types) u(t) LEFT JOIN "ticket_type" t ON t."id" = u.t WHERE t."id" IS NULL LIMIT 1;
  IF FOUND THEN
    RETURN QUERY SELECT 'unknown_ticket_type'::text, NULL::uuid, NULL::timestamptz, v_type, NULL::int, NULL::int, now(), NULL::jsonb, NULL::timestamptz;
    RETURN;
  END IF;
  SELECT count(DISTINCT t."event_id")::int INTO v_events FROM "ticket_type" t WHERE t."id" = ANY (p_ticket_types);
  -- The same order of refusals as before: started, unpublished, several events.
  IF EXISTS (SELECT 1 FROM "ticket_type" t JOIN "event" e ON e."id" = t."event_id"
             WHERE t."id" = ANY (p_ticket_types) AND e."starts_at" <= now()) THEN
    RETURN QUERY SELECT 'sales_ended'::text, NULL::uuid, NULL::timestamptz, NULL::uuid, NULL::int, NULL::int, now(), NULL::jsonb, NULL::timestamptz;
    RETURN;
  END IF;
  IF EXISTS (SELECT 1 FROM "ticket_type" t JOIN "event" e ON e."id" = t."event_id"
             WHERE t."id" = ANY (p_ticket_types) AND NOT e."published") THEN
    RETURN QUERY SELECT 'not_published'::text, NULL::uuid, NULL::timestamptz, NULL::uuid, NULL::int, NULL::int, now(), NULL::jsonb, NULL::timestamptz;
    RETURN;
  END IF;
  IF v_events > 1 THEN
    RETURN QUERY SELECT 'multiple_events'::text, NULL::uuid, NULL::timestamptz, NULL::uuid, NULL::int, NULL::int, now(), NULL::jsonb, NULL::timestamptz;
    RETURN;
  END IF;

  IF p_user_id IS NOT NULL THEN
    SELECT EXISTS (SELECT 1 FROM "member_subscription" m WHERE m."user_id" = p_user_id AND m."status" = ANY (p_benefit_statuses))
      INTO v_member;
  END IF;
  SELECT e."presale_starts_at", e."general_sale_at" INTO v_event
    FROM "event" e JOIN "ticket_type" t ON t."event_id" = e."id" WHERE t."id" = p_ticket_types[1];
  IF v_event."general_sale_at" IS NOT NULL AND v_event."general_sale_at" > now() THEN
    IF v_event."presale_starts_at" IS NOT NULL AND v_event."presale_starts_at" <= now() THEN
      IF NOT v_member THEN
        RETURN QUERY SELECT 'members_only'::text, NULL::uuid, NULL::timestamptz, NULL::uuid, NULL::int, NULL::int, now(), NULL::jsonb,
          v_event."general_sale_at";
        RETURN;
      END IF;
    ELSE
      RETURN QUERY SELECT 'sale_not_open'::text, NULL::uuid, NULL::timestamptz, NULL::uuid, NULL::int, NULL::int, now(), NULL::jsonb,
        CASE WHEN v_event."presale_starts_at" IS NOT NULL AND v_event."presale_starts_at" < v_event."general_sale_at"
             THEN v_event."presale_starts_at" ELSE v_event."general_sale_at" END;
      RETURN;
    END IF;
  END IF;

  -- The price each line is charged: a member's active member price where the ticket type has one, else its own.
  -- It must be active, and the ticket type's product too (an archived price or product is never sold).
  SELECT x."id" INTO v_type FROM (
    SELECT t."id", coalesce(mp."active", p."active", false) AS price_active, coalesce(pr."active", false) AS product_active
      FROM "ticket_type" t
      LEFT JOIN "catalog_price" p ON p."id" = t."price_id"
      LEFT JOIN "catalog_product" pr ON pr."id" = p."product_id"
      LEFT JOIN "catalog_price" mp ON v_member AND mp."lookup_key" = t."member_price_lookup_key" AND mp."active"
      WHERE t."id" = ANY (p_ticket_types)
  ) x WHERE NOT x.price_active OR NOT x.product_active LIMIT 1;
  IF FOUND THEN
    RETURN QUERY SELECT 'not_on_sale'::text, NULL::uuid, NULL::timestamptz, v_type, NULL::int, NULL::int, now(), NULL::jsonb, NULL::timestamptz;
    RETURN;
  END IF;
  SELECT jsonb_agg(jsonb_build_object('ticketTypeId', t."id", 'priceId', coalesce(mp."id", p."id"),
      'currency', coalesce(mp."currency", p."currency"), 'currencyOptions', coalesce(mp."currency_options", p."currency_options")))
    INTO v_lines
    FROM "ticket_type" t
    JOIN "catalog_price" p ON p."id" = t."price_id"
    LEFT JOIN "catalog_price" mp ON v_member AND mp."lookup_key" = t."member_price_lookup_key" AND mp."active"
    WHERE t."id" = ANY (p_ticket_types);
  RETURN QUERY SELECT r."outcome", r."hold_id", r."expires_at", r."ticket_type_id", r."available", r."max_allowed", r."db_now",
      CASE WHEN r."outcome" = 'ok' THEN v_lines END, NULL::timestamptz
    FROM "reserve_seats"(p_holder, p_client, p_ticket_types, p_quantities, p_hold_seconds, p_max_seats, p_max_holds,
      p_max_client_event_seats, p_rate_limit, p_rate_window_seconds) r;
END;
$$;

-- (4) What the event pages show besides stock (events, ticket types, prices, products) changes rarely: every
-- statement changing it says so on `catalog_changed`, and each app process drops its cached copies of events
-- (lib/events/get-event-by-slug.ts), whichever process, admin action, webhook or script made the change.
CREATE FUNCTION "notify_catalog_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('catalog_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "event_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "event"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalog_changed"();
CREATE TRIGGER "ticket_type_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ticket_type"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalog_changed"();
CREATE TRIGGER "catalog_price_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalog_price"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalog_changed"();
CREATE TRIGGER "catalog_product_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalog_product"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalog_changed"();
