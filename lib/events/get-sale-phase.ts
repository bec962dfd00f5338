export type SalePhase =
  /** Nothing on sale yet: `opensAt` is when the presale (or the general sale) starts. */
  | { phase: "not_yet"; opensAt: Date }
  /** Members only until `generalSaleAt`. */
  | { phase: "presale"; generalSaleAt: Date }
  | { phase: "general" }
  | { phase: "ended" };

/**
 * Where an event's sale stands at `now`: an optional members-only presale window before the general sale,
 * and no sales once the event has started. A presale without a general sale date is ignored (it would never end).
 */
export function getSalePhase(
  event: { startsAt: Date; presaleStartsAt: Date | null; generalSaleAt: Date | null },
  now = new Date(),
): SalePhase {
  const t = now.getTime();
  if (event.startsAt.getTime() <= t) return { phase: "ended" };
  if (!event.generalSaleAt || event.generalSaleAt.getTime() <= t) return { phase: "general" };
  if (event.presaleStartsAt && event.presaleStartsAt.getTime() <= t) return { phase: "presale", generalSaleAt: event.generalSaleAt };
  const presaleAhead = event.presaleStartsAt && event.presaleStartsAt.getTime() < event.generalSaleAt.getTime();
  return { phase: "not_yet", opensAt: presaleAhead && event.presaleStartsAt ? event.presaleStartsAt : event.generalSaleAt };
}
