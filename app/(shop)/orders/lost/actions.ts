"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { getClientKey } from "@/lib/auth/get-client-key";
import { isAppError } from "@/lib/errors";
import { requestOrderLinks } from "@/lib/orders/request-order-links";

export type OrderLinksState = { error?: string; emailError?: string; isSent?: boolean };

/** "I lost my link" → queue one email with links to every order of that address (same answer either way). */
export async function requestOrderLinksAction(_previous: OrderLinksState, formData: FormData): Promise<OrderLinksState> {
  const [t, locale, email] = [await getTranslations("lostLink"), await getLocale(), formData.get("email")];
  try {
    await requestOrderLinks({ email: typeof email === "string" ? email : "", clientKey: await getClientKey(), locale });
  } catch (error) {
    if (isAppError(error, "invalid_input")) return { emailError: t("invalidEmail") };
    if (isAppError(error, "limit_exceeded")) return { error: t("tooMany") };
    console.error("order links request failed", error);
    return { error: t("failed") };
  }
  return { isSent: true };
}
