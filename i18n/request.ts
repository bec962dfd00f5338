import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import type messages from "../messages/en.json";
import { LOCALE_COOKIE, timeZone } from "./config";
import { formats } from "./formats";
import { negotiateLocale } from "./negotiate-locale";

type Messages = typeof messages;

// No locale in the URL: every request picks its language from the switcher's cookie, else Accept-Language.
export default getRequestConfig(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale({ cookie: cookieStore.get(LOCALE_COOKIE)?.value, acceptLanguage: headerStore.get("accept-language") });
  return {
    locale,
    timeZone,
    formats,
    messages: ((await import(`../messages/${locale}.json`)) as { default: Messages }).default,
  };
});
