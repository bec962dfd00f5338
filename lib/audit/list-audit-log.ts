import { getDb } from "../db";

export type AuditRow = { id: string; actorEmail: string; action: string; subject: string; before: unknown; after: unknown; createdAt: Date };

/** The newest audit entries first, optionally filtered by action or subject text. */
export async function listAuditLog(options: { query?: string; page?: number; pageSize?: number } = {}): Promise<{ rows: AuditRow[]; total: number }> {
  const pageSize = options.pageSize ?? 50;
  const page = Math.max(1, options.page ?? 1);
  const q = options.query?.trim();
  const where = q
    ? { OR: [{ action: { contains: q } }, { subject: { contains: q } }, { actorEmail: { contains: q } }] }
    : {};
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: { id: "desc" }, take: pageSize, skip: (page - 1) * pageSize }),
    db.auditLog.count({ where }),
  ]);
  return { rows: rows.map((r) => ({ ...r, id: r.id.toString() })), total };
}
