"use server";

import { redirect } from "next/navigation";
import { toActionState, type ActionState } from "@/lib/action";
import { getClientKey } from "@/lib/auth/get-client-key";
import { getOrCreateHolderId } from "@/lib/auth/holder-cookie";
import { parseReserveForm } from "@/lib/checkout/parse-reserve-form";
import { startCheckout } from "@/lib/checkout/start-checkout";

/** Event page → hold the chosen seats and open a Checkout Session → the checkout page. */
export async function reserveTicketsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseReserveForm(formData);
  if ("state" in parsed) return parsed.state;
  let holdId: string;
  try {
    ({ holdId } = await startCheckout({ ...parsed.data, holderId: await getOrCreateHolderId(), clientKey: await getClientKey() }));
  } catch (error) {
    return toActionState(error, (details) => (typeof details.ticketTypeId === "string" ? details.ticketTypeId : undefined));
  }
  redirect(`/checkout/${holdId}`);
}
