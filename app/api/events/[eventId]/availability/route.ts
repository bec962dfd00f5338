// GET /api/events/<eventId>/availability — an event's stock as JSON, read at most once a second per process
// (for clients that cannot keep a feed open; the event page uses the stream beside this file).
import { getEventStock } from "@/lib/events/get-event-stock";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const stock = await getEventStock({ eventId: (await params).eventId });
  if (!stock) return Response.json({ error: "not_found" }, { status: 404 });
  return Response.json({ ticketTypes: stock }, { headers: { "cache-control": "public, max-age=1" } });
}
