// GET /orders/:token/calendar — the order's event as an .ics file ("Add to calendar").
import { getOrderCalendar } from "@/lib/orders/get-order-calendar";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const calendar = await getOrderCalendar({ token: (await params).token });
  if (!calendar) return new Response("Not found", { status: 404 });
  return new Response(calendar.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${calendar.fileName}"`,
      // The link is the key to the tickets: keep it out of shared caches and referrers.
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
    },
  });
}
