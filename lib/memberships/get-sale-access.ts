import { getDb } from "../db";
import { AppError } from "../errors";
import type { CatalogPrice } from "../generated/prisma/client";
import { getSalePhase } from "../events/get-sale-phase";
import { hasMemberBenefits } from "./has-member-benefits";

/**
 * The reserve path's gate: may this shopper buy tickets of this event now? During a members-only presale only
 * accounts whose membership carries benefits (by the webhook-kept mirror) may; before any sale nobody may.
 * Throws `forbidden`/`conflict` otherwise. For members it also returns the member prices (by lookup key) of
 * the ticket types that have one, to charge instead of the normal price.
 */
export async function getSaleAccess(options: { eventId: string; userId?: string }): Promise<{ isMember: boolean; memberPrices: Map<string, CatalogPrice> }> {
  const db = getDb();
  const event = await db.event.findUnique({ where: { id: options.eventId }, include: { ticketTypes: true } });
  if (!event) throw new AppError("not_found", "That event does not exist.");
  const isMember = await hasMemberBenefits({ userId: options.userId });
  const sale = getSalePhase(event);
  if (sale.phase === "not_yet") throw new AppError("conflict", "Tickets are not on sale yet.", { opensAt: sale.opensAt.toISOString() });
  if (sale.phase === "presale" && !isMember) {
    throw new AppError("forbidden", "This presale is for members only. General sale opens later.", { generalSaleAt: sale.generalSaleAt.toISOString() });
  }
  const memberPrices = new Map<string, CatalogPrice>();
  if (!isMember) return { isMember, memberPrices };
  const keys = event.ticketTypes.flatMap((t) => (t.memberPriceLookupKey ? [t.memberPriceLookupKey] : []));
  if (keys.length === 0) return { isMember, memberPrices };
  const prices = await db.catalogPrice.findMany({ where: { lookupKey: { in: keys }, active: true } });
  for (const t of event.ticketTypes) {
    const price = prices.find((p) => p.lookupKey === t.memberPriceLookupKey);
    if (price) memberPrices.set(t.id, price);
  }
  return { isMember, memberPrices };
}
