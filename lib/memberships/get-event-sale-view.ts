import { getDb } from "../db";
import { rememberCatalogRead } from "../events/remember-catalog-read";
import { getSalePhase, type SalePhase } from "../events/get-sale-phase";
import { hasMemberBenefits } from "./has-member-benefits";
import { amountIn } from "./pick-currency";

export type EventSaleView = {
  sale: SalePhase;
  isMember: boolean;
  /** Whether this shopper may buy now (the reserve path checks again; this only shapes the page). */
  canBuy: boolean;
  /** Member price per ticket type id, in the page's currency, where the ticket type has one. */
  memberAmounts: Record<string, number>;
  /** The server's clock when this was read, so countdowns follow the server, not the browser. */
  serverNow: number;
};

/** What the event page shows about presale and member prices for this shopper. */
export async function getEventSaleView(options: { eventId: string; userId?: string; currency: string }): Promise<EventSaleView | null> {
  // The event and its member prices change only with the catalog: kept in this process's catalog memory.
  const catalog = await rememberCatalogRead(`sale-view:${options.eventId}`, async () => {
    const db = getDb();
    const event = await db.event.findUnique({ where: { id: options.eventId }, include: { ticketTypes: true } });
    if (!event) return null;
    const keys = event.ticketTypes.flatMap((t) => (t.memberPriceLookupKey ? [t.memberPriceLookupKey] : []));
    const prices = keys.length ? await db.catalogPrice.findMany({ where: { lookupKey: { in: keys }, active: true } }) : [];
    return { event, prices };
  });
  if (!catalog) return null;
  const { event, prices } = catalog;
  const isMember = await hasMemberBenefits({ userId: options.userId });
  const serverNow = Date.now();
  const sale = getSalePhase(event, new Date(serverNow));
  const memberAmounts: Record<string, number> = {};
  for (const t of event.ticketTypes) {
    const price = prices.find((p) => p.lookupKey === t.memberPriceLookupKey);
    const amount = price ? amountIn(price, options.currency) : undefined;
    if (amount !== undefined) memberAmounts[t.id] = amount;
  }
  const canBuy = sale.phase === "general" || (sale.phase === "presale" && isMember);
  return { sale, isMember, canBuy, memberAmounts, serverNow };
}
