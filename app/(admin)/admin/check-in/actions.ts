"use server";

import { getTranslations } from "next-intl/server";
import { describeAdminError } from "@/i18n/to-admin-action-state";
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
    if (typeof code !== "string" || !code.trim()) return { error: (await getTranslations("admin.checkIn"))("codeMissing"), at: Date.now() };
    const chosen = typeof eventId === "string" && eventId && eventId !== "any" ? eventId : undefined;
    return { result: await checkInTicket({ code, eventId: chosen, staff: admin }), at: Date.now() };
  } catch (error) {
    if (isAppError(error)) return { error: await describeAdminError(error), at: Date.now() };
    console.error("check-in failed", error);
    return { error: (await getTranslations("errors"))("internal"), at: Date.now() };
  }
}
