// GET /checkout/:holdId/cancel — Stripe's "back" link (cancel_url): expire the session and release at once.
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getHolderId } from "@/lib/auth/holder-cookie";
import { cancelCheckout } from "@/lib/checkout/cancel-checkout";
import { isAppError } from "@/lib/errors";

export async function GET(_request: Request, { params }: { params: Promise<{ holdId: string }> }) {
  const { holdId } = await params;
  let destination: string;
  try {
    const { isReleased, eventSlug } = await cancelCheckout({ holdId, holderId: await getHolderId() });
    // Paid meanwhile: the checkout page forwards to the order.
    destination = isReleased && eventSlug ? `/events/${eventSlug}?released=1` : `/checkout/${holdId}`;
  } catch (error) {
    if (!isAppError(error, "not_found")) throw error;
    const t = await getTranslations("checkout");
    return new Response(t("notFound"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  redirect(destination);
}
