import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ membership_session?: string }> }) {
  const user = await requireUser("/account");
  const { membership_session: checkoutSessionId } = await searchParams;
  // Back from a membership Checkout: mirror the new subscription now rather than wait for its webhook.
  if (checkoutSessionId) await syncCheckoutMembership({ userId: user.id, checkoutSessionId });
  const [membership, invoices, orders] = await Promise.all([
    getMembership({ userId: user.id }),
    listMemberInvoices({ userId: user.id }),
    listAccountOrders({ userId: user.id }),
  ]);
  return (
    <div className="space-y-10">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">Your account</h1>
        <p className="text-stone-600">Signed in as {user.email}</p>
      </header>
      <section aria-labelledby="membership-heading" className="space-y-3">
        <h2 id="membership-heading" className="text-xl font-semibold">
          Membership
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
            You are not a member yet.{" "}
            <Link href="/membership" className="underline">
              See the plans
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="orders-heading" className="space-y-3">
        <h2 id="orders-heading" className="text-xl font-semibold">
          Your tickets
        </h2>
        <OrdersList orders={orders} />
      </section>
    </div>
  );
}
