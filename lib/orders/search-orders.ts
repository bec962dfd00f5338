import type { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";

export type OrderRow = { id: string; token: string; email: string | null; status: string; amountTotal: number; amountRefunded: number; currency: string; createdAt: Date; checkoutSessionId: string; tickets: number };
export type OrderSort = "createdAt" | "amountTotal" | "email";

/** Orders matching an email, order token or Checkout Session id (any part), newest first by default, paged. */
export async function searchOrders(options: { query?: string; status?: "paid" | "needs_refund" | "refunded"; page?: number; pageSize?: number; sort?: OrderSort; dir?: "asc" | "desc" }) {
  const pageSize = options.pageSize ?? 25;
  const page = Math.max(1, options.page ?? 1);
  const q = options.query?.trim();
  const where: Prisma.OrderWhereInput = {
    ...(options.status ? { status: options.status } : {}),
    ...(q
      ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { token: q }, { checkoutSessionId: { contains: q } }, { tickets: { some: { code: q.toUpperCase() } } }] }
      : {}),
  };
  const db = getDb();
  const [orders, total] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: { [options.sort ?? "createdAt"]: options.dir ?? "desc" },
      take: pageSize,
      skip: (page - 1) * pageSize,
      include: { _count: { select: { tickets: true } } },
    }),
    db.order.count({ where }),
  ]);
  const rows: OrderRow[] = orders.map(({ _count, ...o }) => ({ ...o, tickets: _count.tickets }));
  return { rows, total, page, pageSize };
}
