// GET /admin/events/:eventId/attendees.csv — every ticket of the event with its buyer, for the door and mailings.
import Papa from "papaparse";
import { adminRoute } from "@/lib/admin/admin-route";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/is-uuid";
import { listAttendees } from "@/lib/stock/list-attendees";

export const GET = adminRoute<{ params: Promise<{ eventId: string }> }>(async (_request, { params }) => {
  const { eventId } = await params;
  if (!isUuid(eventId)) throw new AppError("not_found", "No such event.");
  const rows = await listAttendees({ eventId });
  // Cells starting with = + - @ would run as formulas in a spreadsheet; prefix them.
  const safe = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, /^[=+\-@]/.test(v) ? `'${v}` : v])));
  const csv = Papa.unparse({ fields: ["code", "ticketType", "email", "orderToken", "purchasedAt", "checkedInAt", "refundedAt"], data: safe.map((r) => Object.values(r)) });
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="attendees-${eventId}.csv"`, "cache-control": "no-store" },
  });
});
