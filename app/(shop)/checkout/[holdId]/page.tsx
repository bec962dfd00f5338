import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { CheckoutPanel } from "@/components/checkout/checkout-panel";
import { FocusOnArrivalHeading } from "@/components/checkout/focus-on-arrival-heading";
import { OrderSummary } from "@/components/checkout/order-summary";
import { getHolderId } from "@/lib/auth/holder-cookie";
import { getCheckoutView } from "@/lib/checkout/get-checkout-view";
import { endHoldAction, retryCheckoutAction } from "./actions";

type Props = { params: Promise<{ holdId: string }>; searchParams: Promise<{ payment?: string }> };

// One read per request for the title and the page.
const loadView = cache(async (holdId: string) => getCheckoutView({ holdId, holderId: await getHolderId() }));

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const view = await loadView((await params).holdId);
  // An unknown (or someone else's) checkout's tab says so, like its page.
  const title = view ? (await getTranslations("checkout"))("metaTitle") : (await getTranslations("notFoundPages"))("checkoutTitle");
  return { title, robots: { index: false } };
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const [{ holdId }, query] = await Promise.all([params, searchParams]);
  const view = await loadView(holdId);
  if (!view) notFound();
  if (view.orderToken) redirect(`/orders/${view.orderToken}`);
  const t = await getTranslations("checkout");
  return (
    <div className="space-y-6">
      <FocusOnArrivalHeading className="text-2xl font-bold outline-none">{t("title")}</FocusOnArrivalHeading>
      <CheckoutPanel
        key={holdId}
        view={view}
        summary={<OrderSummary view={view} />}
        wasPaymentRefused={query.payment === "unavailable"}
        endHold={endHoldAction.bind(null, holdId)}
        retry={retryCheckoutAction.bind(null, holdId)}
      />
    </div>
  );
}
