import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LiveStockView } from "@/components/admin/live-stock";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { isUuid } from "@/lib/is-uuid";
import { getLiveStock } from "@/lib/stock/get-live-stock";
import { getSalesSeries } from "@/lib/stock/get-sales-series";

export const dynamic = "force-dynamic";

export default async function LiveStockPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  await requireAdminPage(`/admin/events/${eventId}/stock`);
  const stock = isUuid(eventId) ? await getLiveStock({ eventId }) : null;
  if (!stock) notFound();
  const t = await getTranslations("admin");
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold">{t("titles.liveStock", { event: stock.eventName })}</h1>
        <Link href={`/admin/events/${eventId}`} className="underline">
          {t("stock.editEvent")}
        </Link>
        <a href={`/admin/events/${eventId}/attendees.csv`} className="underline" download>
          {t("stock.exportAttendees")}
        </a>
      </div>
      <LiveStockView eventId={eventId} initial={{ ...stock, sales: await getSalesSeries({ eventId }) }} />
    </div>
  );
}
