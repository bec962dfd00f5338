"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, locales } from "./config";

const setLocaleSchema = z.object({ locale: z.enum(locales) });

/**
 * The language switcher: remember the shopper's language for a year. Setting a cookie in an action makes Next
 * render the current page again, so the shopper stays where they were (also without JavaScript).
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return; // a language we do not speak: keep the current one
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
}
