import { getDb } from "../db";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { reserveSeatsSchema, toHold, type Hold, type ReserveLimits, type ReserveRow, type ReserveSeatsInput } from "./reserve-seats";
import { refuseKnownSoldOut } from "./refuse-known-sold-out";
import { noteSeatsTaken, rememberStock } from "./stock-feed";

export type CheckoutLine = { ticketTypeId: string; priceId: string; currency: string; currencyOptions: Record<string, unknown> };
type Row = Omit<ReserveRow, "outcome"> & {
  outcome: ReserveRow["outcome"] | "sales_ended" | "not_published" | "multiple_events" | "sale_not_open" | "members_only" | "not_on_sale";
  lines: CheckoutLine[] | null;
  sale_at: Date | null;
};

/**
 * What a checkout needs before it opens a Checkout Session, in one database round trip (`reserve_checkout`): the
 * ticket types exist, the event has not started and is published, one event, the sale phase lets this shopper buy
 * (members only during a presale), each line on sale at an active price — then the hold itself, with every limit
 * of `reserveSeats` — and the prices to charge (a member's member price where there is one). A ticket type this
 * process knows to be sold out (see stock-feed) is refused without asking the database; the database alone
 * decides every hold. Throws AppError like `reserveSeats`, and like the separate checks it replaces: `conflict`
 * for sales ended / unpublished / not yet on sale (details.kind "sale_not_open", opensAt) / not on sale,
 * `forbidden` for a members-only presale (details.kind "members_only", generalSaleAt), `invalid_input` for two events.
 */
export async function reserveForCheckout(
  input: ReserveSeatsInput & {
    clientKey?: string | null;
    /** The signed-in account: a member (a subscription in one of `benefitStatuses`) may buy in a presale. */
    member?: { userId: string; benefitStatuses: readonly string[] } | null;
  },
  limits: ReserveLimits = {},
): Promise<Hold & { lines: CheckoutLine[] }> {
  const parsed = reserveSeatsSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "invalid reservation", { issues: parsed.error.issues });
  }
  const { holderId, items } = parsed.data;
  const ticketTypeIds = items.map((item) => item.ticketTypeId);
  refuseKnownSoldOut(ticketTypeIds);
  const env = getEnv();
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT * FROM reserve_checkout(
      ${holderId},
      ${input.clientKey ?? null}::text,
      ${ticketTypeIds}::uuid[],
      ${items.map((item) => item.quantity)}::int[],
      ${input.member?.userId ?? null}::text,
      ${[...(input.member?.benefitStatuses ?? [])]}::text[],
      ${limits.holdSeconds ?? env.HOLD_MINUTES * 60}::numeric,
      ${limits.maxSeatsPerOrder ?? env.MAX_SEATS_PER_ORDER}::int,
      ${limits.maxActiveHolds ?? env.MAX_ACTIVE_HOLDS}::int,
      ${limits.maxClientSeatsPerEvent ?? env.MAX_SEATS_PER_CLIENT_PER_EVENT}::int,
      ${limits.rateLimit ?? env.RESERVE_RATE_LIMIT}::int,
      ${limits.rateWindowSeconds ?? env.RESERVE_RATE_WINDOW_SECONDS}::int
    )`;
  const row = rows[0];
  if (!row) throw new AppError("internal", "reserve_checkout returned nothing");
  switch (row.outcome) {
    case "sales_ended":
      throw new AppError("conflict", "Sales for this event have ended.");
    case "not_published":
      throw new AppError("conflict", "This event is not on sale.");
    case "sale_not_open":
      throw new AppError("conflict", "Tickets are not on sale yet.", { kind: "sale_not_open", opensAt: new Date(row.sale_at!).toISOString() });
    case "members_only":
      throw new AppError("forbidden", "This presale is for members only. General sale opens later.", {
        kind: "members_only",
        generalSaleAt: new Date(row.sale_at!).toISOString(),
      });
    case "multiple_events":
      throw new AppError("invalid_input", "One event per order.");
    case "not_on_sale":
      throw new AppError("conflict", "That ticket type is not on sale.");
    case "sold_out":
    case "not_enough_seats":
      if (row.ticket_type_id && row.available !== null) rememberStock(row.ticket_type_id, row.available);
      break;
  }
  const hold = toHold(row as ReserveRow, { holderId, items });
  noteSeatsTaken(ticketTypeIds);
  return { ...hold, lines: row.lines ?? [] };
}
