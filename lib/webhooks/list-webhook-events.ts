import { getDb } from "../db";

/** The inbox, newest first; `failing` shows only events whose handler has not succeeded. */
export async function listWebhookEvents(options: { failing?: boolean; page?: number; pageSize?: number } = {}) {
  const pageSize = options.pageSize ?? 50;
  const page = Math.max(1, options.page ?? 1);
  const where = options.failing ? { processedAt: null } : {};
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.webhookEvent.findMany({ where, orderBy: { receivedAt: "desc" }, take: pageSize, skip: (page - 1) * pageSize }),
    db.webhookEvent.count({ where }),
  ]);
  return { rows, total, page, pageSize };
}
