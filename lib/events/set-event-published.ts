import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/get-current-user";
import { getDb } from "../db";
import { AppError } from "../errors";

/** Shows an event on the storefront, or takes it off (holds and orders already made stay as they are). */
export async function setEventPublished({ eventId, published, actor }: { eventId: string; published: boolean; actor: CurrentUser }) {
  const db = getDb();
  const changed = await db.event.updateMany({ where: { id: eventId, published: !published }, data: { published } });
  if (changed.count === 0 && !(await db.event.findUnique({ where: { id: eventId } }))) throw new AppError("not_found", "No such event.");
  if (changed.count > 0) {
    await recordAudit({ actor, action: published ? "event.publish" : "event.unpublish", subject: eventId, before: { published: !published }, after: { published } });
  }
}
