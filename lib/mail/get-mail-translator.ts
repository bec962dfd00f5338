import { createTranslator } from "next-intl";
import en from "../../messages/en.json";
import ja from "../../messages/ja.json";
import { toMailLocale } from "./to-mail-locale";

/** The email texts (messages/*.json → "email") in one language, outside any request: `t("orderNumber", { number })`. */
export function getMailTranslator(locale: string) {
  const mailLocale = toMailLocale(locale);
  return createTranslator({ locale: mailLocale, messages: mailLocale === "ja" ? ja : en, namespace: "email" });
}
