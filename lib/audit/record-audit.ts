import type { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";
import type { DbClient } from "../inventory/db-client";

export type AuditEntry = {
  actor: { id: string; email: string };
  /** What was done, verb-noun: `event.create`, `price.change`, `order.refund`, … */
  action: string;
  /** What it was done to: an id or a readable key. */
  subject: string;
  before?: unknown;
  after?: unknown;
};

/** Appends one admin change to the audit log (inside the caller's transaction when one is given). */
export async function recordAudit(entry: AuditEntry, db: DbClient = getDb()): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actor.id,
      actorEmail: entry.actor.email,
      action: entry.action,
      subject: entry.subject,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // BigInt and Date become plain JSON; the log shows what an admin saw.
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}
