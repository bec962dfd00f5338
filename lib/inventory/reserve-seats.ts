import { z } from "zod";
import { getDb } from "../db";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { noteSeatsTaken } from "./stock-feed";

export const reserveSeatsSchema = z.object({
  holderId: z.string().trim().min(1, "a holder is required").max(200),
  items: z
    .array(
      z.object({
        ticketTypeId: z.string().uuid("unknown ticket type"),
        quantity: z.number().int("whole seats only").min(1, "at least one seat").max(100, "too many seats"),
      }),
    )
    .min(1, "choose at least one ticket")
    .max(20)
    .refine((items) => new Set(items.map((item) => item.ticketTypeId)).size === items.length, "each ticket type once"),
});

export type ReserveSeatsInput = z.infer<typeof reserveSeatsSchema>;

/** A new hold. `createdAt` and `expiresAt` are the database's clock, the one clock every decision uses. */
export type Hold = { holdId: string; createdAt: Date; expiresAt: Date; holderId: string; items: ReserveSeatsInput["items"] };

export type ReserveLimits = {
  holdSeconds?: number;
  maxSeatsPerOrder?: number;
  maxActiveHolds?: number;
  maxClientSeatsPerEvent?: number;
  rateLimit?: number;
  rateWindowSeconds?: number;
};

export type ReserveRow = {
  outcome:
    | "ok"
    | "invalid"
    | "unknown_ticket_type"
    | "sold_out"
    | "not_enough_seats"
    | "contended"
    | "seats_limit"
    | "holds_limit"
    | "rate_limited"
    | "client_event_limit";
  hold_id: string | null;
  expires_at: Date | null;
  ticket_type_id: string | null;
  available: number | null;
  max_allowed: number | null;
  db_now: Date;
};

/**
 * Holds seats of one or more ticket types for one holder until `HOLD_MINUTES` from now, all or nothing.
 * One database statement does the whole job (see the `reserve_seats` migration), so no seat is ever held
 * twice and every limit — per order, per holder cookie, and (given `clientKey`) per client address and event
 * plus the address's rate limit — holds under any concurrency and across app instances. Throws AppError
 * `invalid_input`, `not_found`, `sold_out`, `not_enough_seats` (details.available), `conflict`
 * (details.kind "contended": seats are being taken this instant) or `limit_exceeded` (details.limit, details.kind).
 */
export async function reserveSeats(
  input: ReserveSeatsInput & { clientKey?: string | null },
  limits: ReserveLimits = {},
): Promise<Hold> {
  const parsed = reserveSeatsSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "invalid reservation", {
      issues: parsed.error.issues,
    });
  }
  const { holderId, items } = parsed.data;
  const env = getEnv();
  const holdSeconds = limits.holdSeconds ?? env.HOLD_MINUTES * 60;
  const maxSeats = limits.maxSeatsPerOrder ?? env.MAX_SEATS_PER_ORDER;
  const maxHolds = limits.maxActiveHolds ?? env.MAX_ACTIVE_HOLDS;
  const clientKey = input.clientKey ?? null;

  const rows = await getDb().$queryRaw<ReserveRow[]>`
    SELECT * FROM reserve_seats(
      ${holderId},
      ${clientKey}::text,
      ${items.map((item) => item.ticketTypeId)}::uuid[],
      ${items.map((item) => item.quantity)}::int[],
      ${holdSeconds}::numeric,
      ${maxSeats}::int,
      ${maxHolds}::int,
      ${limits.maxClientSeatsPerEvent ?? env.MAX_SEATS_PER_CLIENT_PER_EVENT}::int,
      ${limits.rateLimit ?? env.RESERVE_RATE_LIMIT}::int,
      ${limits.rateWindowSeconds ?? env.RESERVE_RATE_WINDOW_SECONDS}::int
    )`;
  const row = rows[0];
  if (!row) throw new AppError("internal", "reserve_seats returned nothing");
  const hold = toHold(row, { holderId, items });
  noteSeatsTaken(items.map((item) => item.ticketTypeId));
  return hold;
}

/** Turns reserve_seats' answer into a hold, or throws the AppError its outcome stands for. */
export function toHold(row: ReserveRow, input: ReserveSeatsInput): Hold {
  switch (row.outcome) {
    case "ok":
      return { holdId: row.hold_id!, createdAt: new Date(row.db_now), expiresAt: new Date(row.expires_at!), ...input };
    case "sold_out":
      throw new AppError("sold_out", "Sold out.", { ticketTypeId: row.ticket_type_id, available: 0 });
    case "not_enough_seats":
      throw new AppError("not_enough_seats", `Only ${row.available} left — you asked for ${requested(row, input)}.`, {
        ticketTypeId: row.ticket_type_id,
        available: row.available,
        requested: requested(row, input),
      });
    case "contended":
      throw new AppError("conflict", "Other shoppers are taking these seats right now. Please try again in a moment.", {
        kind: "contended",
        ticketTypeId: row.ticket_type_id,
      });
    case "rate_limited":
      throw new AppError("limit_exceeded", `Too many attempts from your network. Please wait ${row.available} seconds and try again.`, {
        kind: "rate_limit",
        limit: row.max_allowed,
        retryAfterSeconds: row.available,
      });
    case "client_event_limit":
      throw new AppError(
        "limit_exceeded",
        row.available
          ? `Your network can hold at most ${row.max_allowed} seats for this event at once; you can add ${row.available} more.`
          : `Your network already holds the most seats allowed for this event (${row.max_allowed}). Finish or cancel a checkout first.`,
        { kind: "client_event_seats", limit: row.max_allowed, remaining: row.available },
      );
    case "seats_limit":
      throw new AppError("limit_exceeded", `Limit ${row.max_allowed} per order.`, {
        kind: "seats_per_order",
        limit: row.max_allowed,
      });
    case "holds_limit":
      throw new AppError(
        "limit_exceeded",
        `You already have ${row.max_allowed} checkouts in progress. Finish or cancel one first.`,
        { kind: "active_holds", limit: row.max_allowed },
      );
    case "unknown_ticket_type":
      throw new AppError("not_found", "That ticket type does not exist.", { ticketTypeId: row.ticket_type_id });
    default:
      throw new AppError("invalid_input", "Invalid reservation.");
  }
}

function requested(row: ReserveRow, input: ReserveSeatsInput): number {
  return input.items.find((item) => item.ticketTypeId === row.ticket_type_id)?.quantity ?? 0;
}
