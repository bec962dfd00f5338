import Link from "next/link";
import { redirect } from "next/navigation";
import { fulfillOrder } from "@/lib/orders/fulfill-order";

export const metadata = { title: "Order", robots: { index: false } };

// Stripe sends the shopper here after paying. Fulfilment runs here too (idempotently), so a shopper who
// arrives before the webhook still gets their tickets.
export default async function OrderCompletePage({ searchParams }: { searchParams: Promise<{ session_id?: string }> }) {
  const sessionId = (await searchParams).session_id ?? "";
  if (!/^cs_[A-Za-z0-9_]{8,200}$/.test(sessionId)) return <Message title="Order not found" body="This link is not valid." />;
  const result = await fulfillOrder({ checkoutSessionId: sessionId }).catch((error: unknown) => {
    console.error(`orders/complete: could not confirm ${sessionId}`, error);
    return null;
  });
  if (!result) {
    return <Message title="Confirming your payment" body="We could not confirm your payment just now. Refresh this page in a moment; if you paid, your tickets will appear." />;
  }
  if (result.state === "fulfilled") redirect(`/orders/${result.token}`);
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
