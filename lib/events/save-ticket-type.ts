import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/get-current-user";
import { getDb } from "../db";
import { AppError } from "../errors";
import { changeCapacity, createTicketType } from "../inventory";

export const saveTicketTypeSchema = z.object({
  eventId: z.uuid(),
  ticketTypeId: z.uuid().optional().or(z.literal("")),
  name: z.string().trim().min(1, "Name is required.").max(100),
  description: z.string().trim().max(2000).optional().default(""),
  capacity: z.coerce.number({ error: "Capacity is a whole number." }).int("Capacity is a whole number.").min(0, "Capacity cannot be negative.").max(100_000, "At most 100,000 seats."),
  sortOrder: z.coerce.number().int().min(0).max(1000).optional().default(0),
});
export type SaveTicketTypeInput = z.infer<typeof saveTicketTypeSchema>;

/**
 * Creates a ticket type with its seats, or edits one. Capacity changes go through lib/inventory (the only
 * writer of seats): raising adds seats, lowering never goes below sold + held and is refused otherwise.
 */
export async function saveTicketType({ input, actor }: { input: SaveTicketTypeInput; actor: CurrentUser }): Promise<string> {
  const db = getDb();
  const clash = await db.ticketType.findFirst({ where: { eventId: input.eventId, name: input.name } });
  if (clash && clash.id !== input.ticketTypeId) throw new AppError("conflict", "This event already has a ticket type with that name.", { field: "name", kind: "ticket_type_name_taken" });
  if (!input.ticketTypeId) {
    if (!(await db.event.findUnique({ where: { id: input.eventId } }))) throw new AppError("not_found", "No such event.");
    const id = await createTicketType({ eventId: input.eventId, name: input.name, description: input.description, capacity: input.capacity, sortOrder: input.sortOrder });
    await recordAudit({ actor, action: "ticket_type.create", subject: id, after: input });
    return id;
  }
  const before = await db.ticketType.findFirst({ where: { id: input.ticketTypeId, eventId: input.eventId } });
  if (!before) throw new AppError("not_found", "No such ticket type.");
  const capacity = await changeCapacity({ ticketTypeId: before.id, capacity: input.capacity });
  await db.ticketType.update({ where: { id: before.id }, data: { name: input.name, description: input.description, sortOrder: input.sortOrder } });
  await recordAudit({
    actor,
    action: "ticket_type.update",
    subject: before.id,
    before: { name: before.name, description: before.description, capacity: capacity.before, sortOrder: before.sortOrder },
    after: { name: input.name, description: input.description, capacity: capacity.after, sortOrder: input.sortOrder },
  });
  return before.id;
}
