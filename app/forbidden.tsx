import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function Forbidden() {
  const t = await getTranslations("admin.forbidden");
  return (
    <main className="mx-auto max-w-lg space-y-3 px-4 py-16">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <Link href="/" className="text-brand-700 underline">
        {t("back")}
      </Link>
    </main>
  );
}
