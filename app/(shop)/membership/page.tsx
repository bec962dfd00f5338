import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { PlanPicker } from "@/components/membership/plan-picker";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { getBrowserKey } from "@/lib/memberships/get-browser-key";
import { getMembership } from "@/lib/memberships/get-membership";
import { listMembershipPlans } from "@/lib/memberships/list-membership-plans";
import { formatMoney } from "@/lib/money";
import { startMembershipCheckoutAction, startTrialAction } from "./actions";

export const metadata: Metadata = { title: "Membership" };

export default async function MembershipPage({ searchParams }: { searchParams: Promise<{ currency?: string }> }) {
  const [{ currency }, requestHeaders, user] = await Promise.all([searchParams, headers(), getCurrentUser()]);
  const offer = await listMembershipPlans({ currency, acceptLanguage: requestHeaders.get("accept-language") });
  const membership = user ? await getMembership({ userId: user.id }) : null;
  const hasLive = membership && !["canceled", "incomplete_expired"].includes(membership.status);
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Box Office Membership</h1>
        <p className="max-w-2xl text-stone-700">
          Buy before everyone else: members get into every presale, and pay member prices on selected tickets.
          {offer.trialDays > 0 && ` Try it free for ${offer.trialDays} days — you are only charged when the trial ends, and you can cancel any time before.`}
        </p>
      </header>
      <section aria-labelledby="benefits-heading" className="space-y-2">
        <h2 id="benefits-heading" className="text-xl font-semibold">
          What members get
        </h2>
        <ul className="list-disc space-y-1 pl-6 text-stone-700">
          <li>Presale access: tickets for members before general sale opens</li>
          <li>Member prices on selected ticket types</li>
          <li>All your tickets and your membership in your account</li>
        </ul>
      </section>
      {offer.currencies.length > 1 && (
        <nav aria-label="Currency" className="flex gap-2 text-sm">
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
        <p className="rounded-md bg-stone-100 p-3">Memberships are not on sale right now.</p>
      ) : hasLive ? (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-900">
          You are a member.{" "}
          <Link href="/account" className="underline">
            Manage your membership
          </Link>
        </p>
      ) : (
        <PlanPicker
          plans={offer.plans.map((p) => ({ ...p, priceLabel: formatMoney(p.amount, p.currency) }))}
          currency={offer.currency}
          trialDays={offer.trialDays}
          setupFeeLabel={offer.setupFee ? formatMoney(offer.setupFee.amount, offer.setupFee.currency) : null}
          isSignedIn={!!user}
          publishableKey={getBrowserKey()}
          startTrial={startTrialAction}
          startCheckout={startMembershipCheckoutAction}
        />
      )}
    </article>
  );
}
