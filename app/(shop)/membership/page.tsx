import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { headers } from "next/headers";
import { PlanPicker } from "@/components/membership/plan-picker";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { getBrowserKey } from "@/lib/memberships/get-browser-key";
import { getMembership } from "@/lib/memberships/get-membership";
import { listMembershipPlans } from "@/lib/memberships/list-membership-plans";
import { formatMoney } from "@/lib/money";
import { startMembershipCheckoutAction, startTrialAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("membership"))("title") };
}

export default async function MembershipPage({ searchParams }: { searchParams: Promise<{ currency?: string }> }) {
  const [{ currency }, requestHeaders, user, t, locale] = await Promise.all([searchParams, headers(), getCurrentUser(), getTranslations("membership"), getLocale()]);
  const offer = await listMembershipPlans({ currency, acceptLanguage: requestHeaders.get("accept-language") });
  const membership = user ? await getMembership({ userId: user.id }) : null;
  const hasLive = membership && !["canceled", "incomplete_expired"].includes(membership.status);
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-2xl text-stone-700">
          {t("intro")} {offer.trialDays > 0 && t("trialIntro", { days: offer.trialDays })}
        </p>
      </header>
      <section aria-labelledby="benefits-heading" className="space-y-2">
        <h2 id="benefits-heading" className="text-xl font-semibold">
          {t("benefitsHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6 text-stone-700">
          <li>{t("benefits.presale")}</li>
          <li>{t("benefits.memberPrice")}</li>
          <li>{t("benefits.account")}</li>
        </ul>
      </section>
      {offer.currencies.length > 1 && (
        <nav aria-label={t("currency")} className="flex gap-2 text-sm">
          {offer.currencies.map((code) => (
            <Link
              key={code}
              href={`?currency=${code}`}
              aria-current={offer.currency === code ? "true" : undefined}
              className="rounded px-2 py-0.5 uppercase aria-[current]:bg-stone-900 aria-[current]:text-white"
            >
              {code}
            </Link>
          ))}
        </nav>
      )}
      {offer.plans.length === 0 ? (
        <Alert>{t("notOnSale")}</Alert>
      ) : hasLive ? (
        <Alert role="status" variant="success">
          {t("alreadyMember")}{" "}
          <Link href="/account" className="underline">
            {t("manage")}
          </Link>
        </Alert>
      ) : (
        <PlanPicker
          plans={offer.plans.map((p) => ({
            lookupKey: p.lookupKey,
            name: t(`plans.${p.lookupKey}`),
            interval: p.interval,
            priceLabel: formatMoney(p.amount, p.currency, locale),
          }))}
          currency={offer.currency}
          trialDays={offer.trialDays}
          setupFeeLabel={offer.setupFee ? formatMoney(offer.setupFee.amount, offer.setupFee.currency, locale) : null}
          isSignedIn={!!user}
          publishableKey={getBrowserKey()}
          startTrial={startTrialAction}
          startCheckout={startMembershipCheckoutAction}
        />
      )}
    </article>
  );
}
