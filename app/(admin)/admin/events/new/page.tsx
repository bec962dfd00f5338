import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/admin/event-form";
import { requireAdminPage } from "@/lib/auth/require-admin-page";
import { listTimeZones } from "@/lib/events/time-zone";

export default async function NewEventPage() {
  await requireAdminPage("/admin/events/new");
  const t = await getTranslations("admin");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("titles.newEvent")}</h1>
      <p className="text-stone-600">{t("events.newIntro")}</p>
      <EventForm timeZones={listTimeZones()} />
    </div>
  );
}
