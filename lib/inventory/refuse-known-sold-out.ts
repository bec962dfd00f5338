import { AppError } from "../errors";
import { findKnownSoldOut } from "./stock-feed";

/**
 * Throws the reserve path's own `sold_out` error when this process already knows one of these ticket types is
 * sold out (pushed by the database to the live stock feed, or learnt from a reserve answer under a second ago),
 * so a refusal costs no cookie, session or database work. Never holds anything: the database alone decides holds.
 */
export function refuseKnownSoldOut(ticketTypeIds: string[]): void {
  const soldOut = findKnownSoldOut(ticketTypeIds);
  if (soldOut) throw new AppError("sold_out", "Sold out.", { ticketTypeId: soldOut, available: 0 });
}
