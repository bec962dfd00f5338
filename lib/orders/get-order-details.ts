import { getDb } from "../db";

export type OrderDetails = {
  id: string;
  token: string;
  status: "paid" | "needs_refund" | "refunded";
  /** Sum of Stripe refunds made for this order, in the currency's minor unit. */
  amountRefunded: number;
  email: string | null;
  amountTotal: number;
  currency: string;
  createdAt: Date;
  event: { name: string; slug: string; venue: string; startsAt: Date; timeZone: string; description: string } | null;
  tickets: { code: string; ticketTypeName: string; refundedAt: Date | null; checkedInAt: Date | null }[];
  /** The confirmation email: not queued (no address), on its way, or accepted by the mail server. */
  confirmation: "none" | "pending" | "sent";
};

/** One order with its event and tickets, found by id or by its link's token; null when there is none. */
export async function getOrderDetails(where: { id: string } | { token: string }): Promise<OrderDetails | null> {
  const db = getDb();
  const order = await db.order.findUnique({
    where,
    include: { tickets: { orderBy: { code: "asc" } }, mails: { where: { kind: "order_confirmation" }, select: { sentAt: true } } },
  });
  if (!order) return null;
  // A needs_refund order has no tickets: its event is found through the hold's lines.
  const ticketTypeIds = order.tickets.length
    ? order.tickets.map((t) => t.ticketTypeId)
    : order.holdId
      ? (await db.holdLine.findMany({ where: { holdId: order.holdId }, select: { ticketTypeId: true } })).map((l) => l.ticketTypeId)
      : [];
  const ticketTypes = await db.ticketType.findMany({ where: { id: { in: ticketTypeIds } }, include: { event: true } });
  const byId = new Map(ticketTypes.map((t) => [t.id, t]));
  const event = ticketTypes[0]?.event;
  return {
    id: order.id,
    token: order.token,
    status: order.status,
    amountRefunded: order.amountRefunded,
    email: order.email,
    amountTotal: order.amountTotal,
    currency: order.currency,
    createdAt: order.createdAt,
    event: event ? { name: event.name, slug: event.slug, venue: event.venue, startsAt: event.startsAt, timeZone: event.timeZone, description: event.description } : null,
    tickets: order.tickets.map((ticket) => ({
      code: ticket.code,
      ticketTypeName: byId.get(ticket.ticketTypeId)?.name ?? "Ticket",
      refundedAt: ticket.refundedAt,
      checkedInAt: ticket.checkedInAt,
    })),
    confirmation: order.mails.length === 0 ? "none" : order.mails.some((mail) => mail.sentAt) ? "sent" : "pending",
  };
}
