import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SetupCardForm } from "@/components/membership/setup-card-form";
import { requireUser } from "@/lib/auth/require-user";
import { isAppError } from "@/lib/errors";
import { getSubscriptionSetup } from "@/lib/memberships/get-subscription-setup";
import { getBrowserKey } from "@/lib/memberships/get-browser-key";
import { finishSetupAction } from "./actions";

export const metadata: Metadata = { title: "Confirm your membership" };

/** Finishes a trial subscription's pending SetupIntent — resumable from /account until nothing is left to do. */
export default async function ConfirmMembershipPage({ searchParams }: { searchParams: Promise<{ subscription?: string }> }) {
  const { subscription } = await searchParams;
  const user = await requireUser(`/membership/confirm?subscription=${encodeURIComponent(subscription ?? "")}`);
  if (!subscription || !/^sub_\w+$/.test(subscription)) notFound();
  const setup = await getSubscriptionSetup({ userId: user.id, subscriptionId: subscription }).catch((error: unknown) => {
    if (isAppError(error, "not_found")) notFound();
    throw error;
  });
  return (
    <section className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-bold">Confirm your membership</h1>
      {setup.state === "done" ? (
        <div role="status" className="space-y-2 rounded-md bg-emerald-50 p-4 text-emerald-900">
          <p className="font-semibold">Your membership is set up.</p>
          <p>
            {setup.status === "trialing" ? "Your free trial has started; your card will be charged when it ends." : `Status: ${setup.status}.`}
          </p>
          <Link href="/account" className="underline">
            Go to your account
          </Link>
        </div>
      ) : (
        <SetupCardForm
          key={`${setup.state}-${setup.clientSecret}`}
          publishableKey={getBrowserKey()}
          subscriptionId={setup.subscriptionId}
          clientSecret={setup.clientSecret}
          initialState={setup.state}
          lastError={setup.lastError}
          finish={finishSetupAction}
          purpose="trial"
        />
      )}
    </section>
  );
}
