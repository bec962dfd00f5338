import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { EventSaleView } from "@/lib/memberships/get-event-sale-view";
import { SaleCountdown } from "./sale-countdown";

/** The presale banner of an event page: members buy now (with a countdown), others see when general sale opens. */
export async function PresaleNotice({ view, signedIn, returnTo }: { view: EventSaleView; signedIn: boolean; returnTo: string }) {
  const [t, format] = await Promise.all([getTranslations("membership.presale"), getFormatter()]);
  const { sale } = view;
  if (sale.phase === "presale") {
    return (
      <Alert role="status" aria-label={t("label")} variant="info" className="space-y-1 border border-violet-200 bg-violet-50 p-4 text-base text-violet-950">
        <p className="font-semibold">{t("heading")}</p>
        <p>
          {view.isMember ? t("memberNow") : t("membersOnly")} {t("endsIn")}{" "}
          <SaleCountdown deadline={sale.generalSaleAt.toISOString()} serverNow={view.serverNow} label={t("timerLabel")} />
        </p>
        {!view.isMember && (
          <p>
            {t("generalOpens", { date: format.dateTime(sale.generalSaleAt, "event") })}{" "}
            {signedIn ? (
              <Link href="/membership" className="font-medium underline">
                {t("becomeMember")}
              </Link>
            ) : (
              <Link href={`/sign-in?next=${encodeURIComponent(returnTo)}`} className="font-medium underline">
                {t("signInToBuy")}
              </Link>
            )}
          </p>
        )}
      </Alert>
    );
  }
  if (sale.phase === "not_yet") {
    return (
      <Alert role="status" aria-label={t("opensLabel")} className="p-4 text-base">
        {t("opensAt", { date: format.dateTime(sale.opensAt, "event") })}{" "}
        <SaleCountdown deadline={sale.opensAt.toISOString()} serverNow={view.serverNow} label={t("opensTimer")} />
      </Alert>
    );
  }
  return null;
}
