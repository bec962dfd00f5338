import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SetupCardForm } from "@/components/membership/setup-card-form";
import { toStatusKey } from "@/components/membership/status-key";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/auth/require-user";
import { isAppError } from "@/lib/errors";
import { getSubscriptionSetup } from "@/lib/memberships/get-subscription-setup";
import { getBrowserKey } from "@/lib/memberships/get-browser-key";
import { finishSetupAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("membership.confirm"))("title") };
}

/** Finishes a trial subscription's pending SetupIntent — resumable from /account until nothing is left to do. */
export default async function ConfirmMembershipPage({ searchParams }: { searchParams: Promise<{ subscription?: string }> }) {
  const { subscription } = await searchParams;
  const user = await requireUser(`/membership/confirm?subscription=${encodeURIComponent(subscription ?? "")}`);
  if (!subscription || !/^sub_\w+$/.test(subscription)) notFound();
  const setup = await getSubscriptionSetup({ userId: user.id, subscriptionId: subscription }).catch((error: unknown) => {
    if (isAppError(error, "not_found")) notFound();
    throw error;
  });
  const [t, tStatus] = await Promise.all([getTranslations("membership.confirm"), getTranslations("membership.status")]);
  return (
    <section className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {setup.state === "done" ? (
        <Alert role="status" variant="success" className="space-y-2 p-4 text-base">
          <p className="font-semibold">{t("done")}</p>
          <p>{setup.status === "trialing" ? t("trialStarted") : t("statusIs", { status: tStatus(toStatusKey(setup.status)) })}</p>
          <Link href="/account" className="underline">
            {t("toAccount")}
          </Link>
        </Alert>
      ) : (
        <SetupCardForm
          key={`${setup.state}-${setup.clientSecret}`}
          publishableKey={getBrowserKey()}
          subscriptionId={setup.subscriptionId}
          clientSecret={setup.clientSecret}
          initialState={setup.state}
          lastErrorCode={setup.lastErrorCode}
          lastErrorMessage={setup.lastErrorMessage}
          finish={finishSetupAction}
          purpose="trial"
        />
      )}
    </section>
  );
}
