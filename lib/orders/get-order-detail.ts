import { getDb } from "../db";

/** One order for the console: its tickets (type, event, refunded, checked in) and its refunds. */
export async function getOrderDetail({ orderId }: { orderId: string }) {
  const db = getDb();
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: { tickets: { orderBy: { code: "asc" } }, refunds: { orderBy: { createdAt: "asc" } } },
  });
  if (!order) return null;
  const types = await db.ticketType.findMany({ where: { id: { in: order.tickets.map((t) => t.ticketTypeId) } }, include: { event: true } });
  const byId = new Map(types.map((t) => [t.id, t]));
  return {
    ...order,
    eventName: types[0]?.event.name ?? null,
    tickets: order.tickets.map((t) => ({
      id: t.id,
      code: t.code,
      ticketTypeName: byId.get(t.ticketTypeId)?.name ?? "Ticket",
      refundedAt: t.refundedAt,
      checkedInAt: t.checkedInAt,
    })),
  };
}
export type OrderDetail = NonNullable<Awaited<ReturnType<typeof getOrderDetail>>>;
