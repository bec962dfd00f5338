import type { Metadata } from "next";
import { OrderLinksForm } from "@/components/orders/order-links-form";
import { requestOrderLinksAction } from "./actions";

export const metadata: Metadata = { title: "Find your tickets", robots: { index: false } };

export default function LostLinkPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Find your tickets</h1>
      <p className="max-w-prose text-stone-700">
        Lost the link to your tickets? Enter the email address you paid with and we will email you a link to each of your
        orders.
      </p>
      <OrderLinksForm action={requestOrderLinksAction} />
    </div>
  );
}
