import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { MembershipPanel } from "@/components/account/membership-panel";
import { OrdersList } from "@/components/account/orders-list";
import { requireUser } from "@/lib/auth/require-user";
import { getMembership } from "@/lib/memberships/get-membership";
import { listMemberInvoices } from "@/lib/memberships/list-member-invoices";
import { syncCheckoutMembership } from "@/lib/memberships/sync-checkout-membership";
import { listAccountOrders } from "@/lib/orders/list-account-orders";
import { getBrowserKey } from "@/lib/memberships/get-browser-key";
import { cancelMembershipAction, finishCardChangeAction, resumeMembershipAction, startCardChangeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ membership_session?: string }> }) {
  const user = await requireUser("/account");
  const { membership_session: checkoutSessionId } = await searchParams;
  // Back from a membership Checkout: mirror the new subscription now rather than wait for its webhook.
  if (checkoutSessionId) await syncCheckoutMembership({ userId: user.id, checkoutSessionId });
  const [t, membership, invoices, orders] = await Promise.all([
    getTranslations("account"),
    getMembership({ userId: user.id }),
    listMemberInvoices({ userId: user.id }),
    listAccountOrders({ userId: user.id }),
  ]);
  return (
    <div className="space-y-10">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-stone-600">{t("signedInAs", { email: user.email })}</p>
      </header>
      <section aria-labelledby="membership-heading" className="space-y-3">
        <h2 id="membership-heading" className="text-xl font-semibold">
          {t("membershipHeading")}
        </h2>
        {membership ? (
          <MembershipPanel
            membership={membership}
            invoices={invoices}
            publishableKey={getBrowserKey()}
            cancel={cancelMembershipAction}
            resume={resumeMembershipAction}
            startCardChange={startCardChangeAction}
            finishCardChange={finishCardChangeAction}
          />
        ) : (
          <p>
            {t("notMember")}{" "}
            <Link href="/membership" className="underline">
              {t("seePlans")}
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="orders-heading" className="space-y-3">
        <h2 id="orders-heading" className="text-xl font-semibold">
          {t("ticketsHeading")}
        </h2>
        <OrdersList orders={orders} />
      </section>
    </div>
  );
}
