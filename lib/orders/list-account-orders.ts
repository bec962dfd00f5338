import { getDb } from "../db";

export type AccountOrder = {
  token: string;
  status: "paid" | "needs_refund";
  amountTotal: number;
  currency: string;
  createdAt: Date;
  eventName: string | null;
  eventSlug: string | null;
  tickets: { code: string; ticketTypeName: string }[];
};

/**
 * Every order of the account, newest first: the orders of holds under the account's holder id (which the
 * sign-in merge moves anonymous holds into). Only this account's: the holder id is looked up by user id.
 */
export async function listAccountOrders(options: { userId: string }): Promise<AccountOrder[]> {
  const db = getDb();
  const member = await db.member.findUnique({ where: { userId: options.userId } });
  if (!member) return [];
  const holds = await db.hold.findMany({ where: { holderId: member.holderId }, select: { id: true } });
  if (holds.length === 0) return [];
  const orders = await db.order.findMany({
    where: { holdId: { in: holds.map((h) => h.id) } },
    include: { tickets: { orderBy: { code: "asc" } } },
    orderBy: { createdAt: "desc" },
  });
  const ticketTypes = await db.ticketType.findMany({
    where: { id: { in: orders.flatMap((o) => o.tickets.map((t) => t.ticketTypeId)) } },
    include: { event: { select: { name: true, slug: true } } },
  });
  const byId = new Map(ticketTypes.map((t) => [t.id, t]));
  return orders.map((order) => {
    const first = order.tickets[0] ? byId.get(order.tickets[0].ticketTypeId) : undefined;
    return {
      token: order.token,
      status: order.status,
      amountTotal: order.amountTotal,
      currency: order.currency,
      createdAt: order.createdAt,
      eventName: first?.event.name ?? null,
      eventSlug: first?.event.slug ?? null,
      tickets: order.tickets.map((t) => ({ code: t.code, ticketTypeName: byId.get(t.ticketTypeId)?.name ?? "Ticket" })),
    };
  });
}
