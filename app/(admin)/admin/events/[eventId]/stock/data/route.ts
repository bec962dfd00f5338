// GET /admin/events/:eventId/stock/data — the live stock page's poll: counts, active holds, sales series.
import { adminRoute } from "@/lib/admin/admin-route";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/is-uuid";
import { getLiveStock } from "@/lib/stock/get-live-stock";
import { getSalesSeries } from "@/lib/stock/get-sales-series";

export const dynamic = "force-dynamic";

export const GET = adminRoute<{ params: Promise<{ eventId: string }> }>(async (_request, { params }) => {
  const { eventId } = await params;
  const stock = isUuid(eventId) ? await getLiveStock({ eventId }) : null;
  if (!stock) throw new AppError("not_found", "No such event.");
  return Response.json({ ...stock, sales: await getSalesSeries({ eventId }) }, { headers: { "cache-control": "no-store" } });
});
