import { z } from "zod";
import { getDb } from "../db";
import { getEnv } from "../env";
import { AppError } from "../errors";

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

export type Hold = { holdId: string; expiresAt: Date; holderId: string; items: ReserveSeatsInput["items"] };

type ReserveRow = {
  outcome: "ok" | "invalid" | "unknown_ticket_type" | "sold_out" | "not_enough_seats" | "seats_limit" | "holds_limit";
  hold_id: string | null;
  expires_at: Date | null;
  ticket_type_id: string | null;
  available: number | null;
  max_allowed: number | null;
};

/**
 * Holds seats of one or more ticket types for one holder until `HOLD_MINUTES` from now, all or nothing.
 * One database statement does the whole job (see the `reserve_seats` migration), so no seat is ever held
 * twice and per-holder limits hold under any concurrency. Throws AppError `invalid_input`, `not_found`,
 * `sold_out`, `not_enough_seats` (details.available) or `limit_exceeded` (details.limit, details.kind).
 */
export async function reserveSeats(
  input: ReserveSeatsInput,
  limits: { holdSeconds?: number; maxSeatsPerOrder?: number; maxActiveHolds?: number } = {},
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

  const rows = await getDb().$queryRaw<ReserveRow[]>`
    SELECT * FROM reserve_seats(
      ${holderId},
      ${items.map((item) => item.ticketTypeId)}::uuid[],
      ${items.map((item) => item.quantity)}::int[],
      ${holdSeconds}::numeric,
      ${maxSeats}::int,
      ${maxHolds}::int
    )`;
  const row = rows[0];
  if (!row) throw new AppError("internal", "reserve_seats returned nothing");
  return toHold(row, { holderId, items });
}

function toHold(row: ReserveRow, input: ReserveSeatsInput): Hold {
  switch (row.outcome) {
    case "ok":
      return { holdId: row.hold_id!, expiresAt: new Date(row.expires_at!), ...input };
    case "sold_out":
      throw new AppError("sold_out", "Sold out.", { ticketTypeId: row.ticket_type_id, available: 0 });
    case "not_enough_seats":
      throw new AppError("not_enough_seats", `Only ${row.available} left.`, {
        ticketTypeId: row.ticket_type_id,
        available: row.available,
      });
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
