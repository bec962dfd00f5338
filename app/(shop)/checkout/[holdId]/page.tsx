import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CheckoutPanel } from "@/components/checkout/checkout-panel";
import { getHolderId } from "@/lib/auth/holder-cookie";
import { getCheckoutView } from "@/lib/checkout/get-checkout-view";
import { endHoldAction, retryCheckoutAction } from "./actions";

export const metadata: Metadata = { title: "Checkout", robots: { index: false } };

export default async function CheckoutPage({ params }: { params: Promise<{ holdId: string }> }) {
  const { holdId } = await params;
  const view = await getCheckoutView({ holdId, holderId: await getHolderId() });
  if (!view) notFound();
  if (view.orderToken) redirect(`/orders/${view.orderToken}`);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Checkout</h1>
      <CheckoutPanel key={holdId} view={view} endHold={endHoldAction.bind(null, holdId)} retry={retryCheckoutAction.bind(null, holdId)} />
    </div>
  );
}
