import { getTranslations } from "next-intl/server";
import { CheckInStation } from "@/components/admin/check-in-station";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { listAdminEvents } from "@/lib/events/list-admin-events";

export const dynamic = "force-dynamic";

export default async function CheckInPage() {
  const t = await getTranslations("admin.titles");
  await requireAdminPage("/admin/check-in");
  const events = await listAdminEvents({ startingAfter: new Date(new Date().getTime() - 24 * 3600_000) });
  return (
    <div className="space-y-4">
      <h1 className="text-center text-2xl font-bold">{t("checkIn")}</h1>
      <CheckInStation events={events.map((e) => ({ id: e.id, name: e.name }))} />
    </div>
  );
}
