import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { isUuid } from "../is-uuid";

export type CheckInResult =
  | { outcome: "admitted"; code: string; ticketTypeName: string; eventName: string }
  | { outcome: "already_used"; code: string; checkedInAt: Date; ticketTypeName: string }
  | { outcome: "refunded"; code: string }
  | { outcome: "wrong_event"; code: string; eventName: string }
  | { outcome: "unknown"; code: string };

/**
 * Admits a ticket at the door, exactly once. The admission is one conditional UPDATE (not yet checked in, not
 * refunded, of this event): of two scanners racing on one code, exactly one gets a row back; the other then
 * reads why it was refused. `eventId` undefined accepts any event.
 */
export async function checkInTicket({ code, eventId: givenEventId, staff }: { code: string; eventId?: string; staff: { id: string; email: string } }): Promise<CheckInResult> {
  const eventId = givenEventId && isUuid(givenEventId) ? givenEventId : undefined;
  const normalized = code.trim().toUpperCase();
  if (!/^[A-Z0-9-]{4,64}$/.test(normalized)) return { outcome: "unknown", code: normalized };
  const db = getDb();
  const admitted = await db.$queryRaw<{ ticket_type_name: string; event_name: string }[]>`
    UPDATE ticket t SET checked_in_at = now(), checked_in_by = ${staff.email}
    FROM ticket_type tt JOIN event e ON e.id = tt.event_id
    WHERE t.code = ${normalized} AND tt.id = t.ticket_type_id AND t.checked_in_at IS NULL AND t.refunded_at IS NULL
      AND (${eventId ?? null}::uuid IS NULL OR tt.event_id = ${eventId ?? null}::uuid)
    RETURNING tt.name AS ticket_type_name, e.name AS event_name`;
  const row = admitted[0];
  if (row) {
    await recordAudit({ actor: staff, action: "ticket.check_in", subject: normalized, after: { event: row.event_name } });
    return { outcome: "admitted", code: normalized, ticketTypeName: row.ticket_type_name, eventName: row.event_name };
  }
  const ticket = await db.ticket.findUnique({ where: { code: normalized } });
  if (!ticket) return { outcome: "unknown", code: normalized };
  const type = await db.ticketType.findUnique({ where: { id: ticket.ticketTypeId }, include: { event: true } });
  if (ticket.refundedAt) return { outcome: "refunded", code: normalized };
  if (eventId && type?.eventId !== eventId) return { outcome: "wrong_event", code: normalized, eventName: type?.event.name ?? "" };
  return { outcome: "already_used", code: normalized, checkedInAt: ticket.checkedInAt ?? new Date(), ticketTypeName: type?.name ?? "" };
}
