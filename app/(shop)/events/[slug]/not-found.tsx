import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function EventNotFound() {
  const t = await getTranslations("event");
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <Link href="/" className="text-brand-600 underline">
        {t("seeUpcoming")}
      </Link>
    </div>
  );
}
