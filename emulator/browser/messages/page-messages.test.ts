import { describe, expect, it } from "vitest";
import { DECLINE_MESSAGES } from "../../engine/cards";
import { challengePage, hostedCheckoutPage } from "../templates";
import { en } from "./en";
import { ja } from "./ja";
import { PAGE_MESSAGES, translate } from "./page-messages";
import { resolvePageLocale } from "./resolve-page-locale";

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the Checkout pages' message tables", () => {
  it("have the same keys in every language", () => {
    for (const table of Object.values(PAGE_MESSAGES)) {
      expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
    }
  });

  it("use the same placeholders in every language, and no empty message", () => {
    for (const [key, english] of Object.entries(en)) {
      const japanese = ja[key as keyof typeof en];
      expect(japanese, key).not.toBe("");
      expect(placeholdersOf(japanese), key).toEqual(placeholdersOf(english));
    }
  });

  it("word English card errors exactly as the API's messages do", () => {
    for (const [code, message] of Object.entries(DECLINE_MESSAGES)) {
      expect(en[`card.${code}` as keyof typeof en], code).toBe(message);
    }
  });

  it("fill placeholders in the tag's language", () => {
    expect(translate("en", "backTo", { business: "Box Office" })).toBe("Back to Box Office");
    expect(translate("ja-JP", "backTo", { business: "Box Office" })).toBe("Box Officeに戻る");
    expect(translate("en-GB", "submitPay")).toBe("Pay");
  });
});

describe("resolvePageLocale", () => {
  it("uses a supported locale the session names", () => {
    expect(resolvePageLocale("ja", "en-US,en;q=0.9")).toBe("ja");
    expect(resolvePageLocale("en", "ja-JP,ja;q=0.9")).toBe("en");
    expect(resolvePageLocale("en-GB", undefined)).toBe("en-GB");
  });

  it("falls back to English for a language the emulator does not speak", () => {
    expect(resolvePageLocale("fr", "ja")).toBe("en");
    expect(resolvePageLocale("not a tag!", undefined)).toBe("en");
  });

  it("drops extension subtags that would change the digits or calendar", () => {
    expect(resolvePageLocale("auto", "en-US-u-nu-arab")).toBe("en");
    expect(resolvePageLocale("auto", "en-GB-u-ca-buddhist")).toBe("en-GB");
    expect(resolvePageLocale("ja-JP-u-ca-japanese", undefined)).toBe("ja");
  });

  it("reads the browser's language for auto or no locale", () => {
    expect(resolvePageLocale("auto", "ja-JP,ja;q=0.9,en;q=0.8")).toBe("ja");
    expect(resolvePageLocale(null, "en;q=0.5,ja;q=0.9")).toBe("ja");
    expect(resolvePageLocale("auto", "en-US,en;q=0.9")).toBe("en");
    expect(resolvePageLocale("auto", "fr-FR,ja;q=0.8")).toBe("en");
    expect(resolvePageLocale(undefined, undefined)).toBe("en");
  });
});

describe("page shells", () => {
  it("carry the language in <html lang> and speak it before the script runs", () => {
    expect(hostedCheckoutPage("cs_test_1", "Box Office", "ja")).toContain('<html lang="ja">');
    expect(hostedCheckoutPage("cs_test_1", "Box Office", "ja")).toContain(ja.loadingCheckout);
    expect(hostedCheckoutPage("cs_test_1", "Box Office", "en")).toContain('<html lang="en">');
    expect(hostedCheckoutPage("cs_test_1", "Box Office", "en")).toContain("Loading checkout…");
  });

  it("put the intent id inside the challenge's reference line in either language", () => {
    expect(challengePage("pi_1", "Box Office", "en")).toContain("Authentication for <code>pi_1</code>");
    expect(challengePage("pi_1", "Box Office", "ja")).toContain("<code>pi_1</code> の認証");
    expect(challengePage("pi_1", "Box Office", "ja")).toContain(">認証する</button>");
  });
});
