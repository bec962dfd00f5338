import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProsePage } from "@/components/layout/prose-page";
import { richTags } from "@/components/layout/rich-tags";
import { siteInfo } from "@/lib/site-info";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal");
  return { title: t("refundsTitle"), description: t("refundsDescription") };
}

export default async function RefundsPage() {
  const [t, format] = [await getTranslations("legal"), await getFormatter()];
  const tags = richTags("/orders/lost");
  return (
    <ProsePage title={t("refundsTitle")} updated={t("updated", { date: format.dateTime(new Date("2026-11-29T00:00:00Z"), "date") })}>
      <h2>{t("refundsAutoTitle")}</h2>
      <ul>
        <li>{t.rich("refundsLate", tags)}</li>
        <li>{t.rich("refundsCancelled", tags)}</li>
      </ul>
      <h2>{t("refundsAskTitle")}</h2>
      <ul>
        <li>{t.rich("refundsMoved", tags)}</li>
        <li>{t.rich("refundsWrong", tags)}</li>
      </ul>
      <h2>{t("refundsOtherTitle")}</h2>
      <p>{t("refundsOther")}</p>
      <h2>{t("refundsHowTitle")}</h2>
      <p>{t("refundsHow")}</p>
      <h2>{t("refundsRequestTitle")}</h2>
      <p>{t.rich("refundsRequest", { email: siteInfo.contactEmail, days: siteInfo.replyDays, ...tags })}</p>
    </ProsePage>
  );
}
