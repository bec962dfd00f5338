import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProsePage } from "@/components/layout/prose-page";
import { richTags } from "@/components/layout/rich-tags";
import { siteInfo } from "@/lib/site-info";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal");
  return { title: t("termsTitle"), description: t("termsDescription") };
}

const sections = [1, 2, 3, 4, 5, 6] as const;

export default async function TermsPage() {
  const [t, format] = [await getTranslations("legal"), await getFormatter()];
  return (
    <ProsePage title={t("termsTitle")} updated={t("updated", { date: format.dateTime(new Date("2026-11-29T00:00:00Z"), "date") })}>
      <p>{t.rich("termsIntro", richTags("/refunds"))}</p>
      {sections.map((n) => (
        <section key={n}>
          <h2>{t(`terms${n}Title`)}</h2>
          <p>{t(`terms${n}`)}</p>
        </section>
      ))}
      <h2>{t("terms7Title")}</h2>
      <p>{t.rich("terms7", { email: siteInfo.contactEmail, ...richTags() })}</p>
    </ProsePage>
  );
}
