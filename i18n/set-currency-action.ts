"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { CURRENCY_COOKIE } from "./choose-currency";

const setCurrencySchema = z.object({ currency: z.string().regex(/^[a-z]{3}$/) });

/**
 * The currency switcher: remember the shopper's currency for a year, so every page shows it. Pages use it only
 * where the price offers it. Setting a cookie in an action re-renders the current page (also without JavaScript).
 */
export async function setCurrencyAction(formData: FormData): Promise<void> {
  const parsed = setCurrencySchema.safeParse({ currency: formData.get("currency") });
  if (!parsed.success) return; // not a currency code: keep the current one
  (await cookies()).set(CURRENCY_COOKIE, parsed.data.currency, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  // Back to the page without a `?currency=` that would outrank the new choice; only paths on this site.
  const returnTo = formData.get("returnTo");
  if (typeof returnTo === "string" && /^\/(?![/\\])/.test(returnTo)) redirect(returnTo);
}
