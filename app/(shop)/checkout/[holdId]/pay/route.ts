// GET /checkout/:holdId/pay — "Continue to payment": to Stripe's hosted page only while the hold can still be paid.
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getHolderId } from "@/lib/auth/holder-cookie";
import { getHostedPaymentUrl } from "@/lib/checkout/get-hosted-payment-url";
import { isAppError } from "@/lib/errors";

export async function GET(_request: Request, { params }: { params: Promise<{ holdId: string }> }) {
  const { holdId } = await params;
  let url: string | null;
  try {
    url = await getHostedPaymentUrl({ holdId, holderId: await getHolderId() });
  } catch (error) {
    if (isAppError(error, "not_found")) {
      const t = await getTranslations("checkout");
      return new Response(t("notFound"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    // Stripe could not say whether the session is open: never send the shopper there blind.
    console.error(`checkout: could not check hold ${holdId} before payment`, error);
    url = null;
  }
  // The checkout page says why (the hold ended) and offers to hold the seats again.
  redirect(url ?? `/checkout/${holdId}?payment=unavailable`);
}
