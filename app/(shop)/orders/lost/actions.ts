"use server";

import { toActionState, type ActionState } from "@/lib/action";
import { getRequestAddress } from "@/lib/auth/get-request-address";
import { requestOrderLinks } from "@/lib/orders/request-order-links";

export type OrderLinksState = ActionState & { isSent?: boolean };

/** "I lost my link" → queue one email with links to every order of that address (same answer either way). */
export async function requestOrderLinksAction(_previous: OrderLinksState, formData: FormData): Promise<OrderLinksState> {
  const email = formData.get("email");
  try {
    await requestOrderLinks({ email: typeof email === "string" ? email : "", clientKey: await getRequestAddress(), locale: "en" });
  } catch (error) {
    return toActionState(error, (details) => (details.kind ? undefined : "email"));
  }
  return { isSent: true };
}
