// GET /checkout/:holdId/cancel — Stripe's "back" link (cancel_url): expire the session and release at once.
import { redirect } from "next/navigation";
import { getHolderId } from "@/lib/auth/holder-cookie";
import { cancelCheckout } from "@/lib/checkout/cancel-checkout";
import { isAppError } from "@/lib/errors";

export async function GET(request: Request, { params }: { params: Promise<{ holdId: string }> }) {
  const { holdId } = await params;
  const sessionId = new URL(request.url).searchParams.get("session_id") ?? "";
  let destination = "/";
  try {
    const { result, eventSlug } = await cancelCheckout({ holdId, holderId: await getHolderId(), checkoutSessionId: sessionId });
    if (result === "fulfilled") destination = `/checkout/${holdId}`;
    else if (eventSlug) destination = `/events/${eventSlug}?released=1`;
  } catch (error) {
    if (!isAppError(error, "not_found")) throw error;
    return new Response("This checkout does not exist.", { status: 404 });
  }
  redirect(destination);
}
