import Link from "next/link";
import { redirect } from "next/navigation";
import { getHolderId } from "@/lib/auth/holder-cookie";
import { confirmCheckoutReturn } from "@/lib/orders/confirm-checkout-return";

export const metadata = { title: "Order", robots: { index: false } };

// Stripe sends the shopper here after paying. Only the shopper who made the hold is shown the order.
export default async function OrderCompletePage({ searchParams }: { searchParams: Promise<{ session_id?: string }> }) {
  const sessionId = (await searchParams).session_id ?? "";
  const result = await confirmCheckoutReturn({ checkoutSessionId: sessionId, viewer: { holderId: await getHolderId() } });
  if (result.state === "fulfilled") redirect(`/orders/${result.token}`);
  if (result.state === "not_found") {
    return <Message title="Order not found" body="We could not find this order in this browser. Use the link from your confirmation, or open this page in the browser you paid with." />;
  }
  if (result.state === "unavailable") {
    return <Message title="Confirming your payment" body="We could not confirm your payment just now. Refresh this page in a moment; if you paid, your tickets will appear." />;
  }
  if (result.state === "processing") {
    return <Message title="Payment processing" body="Your payment is on its way. Your seats stay held; we will issue your tickets as soon as it clears." />;
  }
  return <Message title="Payment not completed" body="This checkout has not been paid." />;
}

function Message({ title, body }: { title: string; body: string }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p>{body}</p>
      <Link href="/" className="text-brand-600 underline">
        Back to events
      </Link>
    </div>
  );
}
