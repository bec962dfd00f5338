import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProsePage } from "@/components/layout/prose-page";
import { richTags } from "@/components/layout/rich-tags";
import { siteInfo } from "@/lib/site-info";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal");
  return { title: t("contactTitle"), description: t("contactDescription") };
}

export default async function ContactPage() {
  const t = await getTranslations("legal");
  const values = { email: siteInfo.contactEmail, days: siteInfo.replyDays };
  return (
    <ProsePage title={t("contactTitle")}>
      <p>{t.rich("contactIntro", { ...values, ...richTags() })}</p>
      <h2>{t("contactBefore")}</h2>
      <ul>
        <li>{t.rich("contactLost", richTags("/orders/lost"))}</li>
        <li>{t.rich("contactOrder", richTags())}</li>
        <li>{t.rich("contactRefunds", richTags("/refunds"))}</li>
      </ul>
      <h2>{t("contactCardsTitle")}</h2>
      <p>{t("contactCards")}</p>
    </ProsePage>
  );
}
