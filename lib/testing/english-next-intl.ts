// Test double for `next-intl/server` outside a Next.js request: the English messages and formats, so server
// actions that answer in the user's language can run in Vitest (`vi.mock("next-intl/server", () => englishNextIntl())`).
import { createFormatter, createTranslator } from "next-intl";
import { formats } from "../../i18n/formats";
import messages from "../../messages/en.json";

export function englishNextIntl() {
  return {
    getTranslations: (namespace?: string) => Promise.resolve(createTranslator({ locale: "en", messages, namespace: namespace as never, formats })),
    getFormatter: () => Promise.resolve(createFormatter({ locale: "en", timeZone: "UTC", formats })),
    getLocale: () => Promise.resolve("en"),
  };
}
