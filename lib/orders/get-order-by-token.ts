import QRCode from "qrcode";
import { getDb } from "../db";

export type OrderView = {
  token: string;
  status: "paid" | "needs_refund" | "refunded";
  amountRefunded: number;
  email: string | null;
  amountTotal: number;
  currency: string;
  createdAt: Date;
  eventName: string | null;
  eventSlug: string | null;
  tickets: { code: string; ticketTypeName: string; qrSvg: string; refundedAt: Date | null; checkedInAt: Date | null }[];
};

/** The order behind an unguessable link, with each ticket's QR code (SVG), or null. */
export async function getOrderByToken({ token }: { token: string }): Promise<OrderView | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const db = getDb();
  const order = await db.order.findUnique({ where: { token }, include: { tickets: { orderBy: { code: "asc" } } } });
  if (!order) return null;
  const ticketTypes = await db.ticketType.findMany({
    where: { id: { in: order.tickets.map((t) => t.ticketTypeId) } },
    include: { event: true },
  });
  const byId = new Map(ticketTypes.map((t) => [t.id, t]));
  const event = ticketTypes[0]?.event ?? null;
  return {
    token: order.token,
    status: order.status,
    amountRefunded: order.amountRefunded,
    email: order.email,
    amountTotal: order.amountTotal,
    currency: order.currency,
    createdAt: order.createdAt,
    eventName: event?.name ?? null,
    eventSlug: event?.slug ?? null,
    tickets: await Promise.all(
      order.tickets.map(async (ticket) => ({
        code: ticket.code,
        ticketTypeName: byId.get(ticket.ticketTypeId)?.name ?? "Ticket",
        refundedAt: ticket.refundedAt,
        checkedInAt: ticket.checkedInAt,
        qrSvg: await QRCode.toString(ticket.code, { type: "svg", margin: 1, errorCorrectionLevel: "M" }),
      })),
    ),
  };
}
