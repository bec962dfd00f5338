"use server";

import { requireAdmin } from "@/lib/auth/require-admin";
import { isAppError } from "@/lib/errors";
import { checkInTicket, type CheckInResult } from "@/lib/orders/check-in-ticket";

export type CheckInState = { result?: CheckInResult; error?: string; at?: number };

/** Admits one ticket (staff are admins here). Returns what the door screen shows. */
export async function checkInAction(_previous: CheckInState | undefined, form: FormData): Promise<CheckInState> {
  try {
    const admin = await requireAdmin();
    const code = form.get("code");
    const eventId = form.get("eventId");
    if (typeof code !== "string" || !code.trim()) return { error: "Type or scan a ticket code.", at: Date.now() };
    return { result: await checkInTicket({ code, eventId: typeof eventId === "string" && eventId ? eventId : undefined, staff: admin }), at: Date.now() };
  } catch (error) {
    return { error: isAppError(error) ? error.message : "Something went wrong. Please try again.", at: Date.now() };
  }
}
