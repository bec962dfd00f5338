import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/admin/event-form";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export default async function NewEventPage() {
  const t = await getTranslations("admin.titles");
  await requireAdminPage("/admin/events/new");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("newEvent")}</h1>
      <p className="text-stone-600">New events start as drafts: add ticket types and prices, then publish.</p>
      <EventForm />
    </div>
  );
}
