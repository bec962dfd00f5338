import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate-locale";

describe("negotiateLocale", () => {
  it("follows the browser when no language was chosen", () => {
    expect(negotiateLocale({ acceptLanguage: "ja,en-US;q=0.9,en;q=0.8" })).toBe("ja");
    expect(negotiateLocale({ acceptLanguage: "ja-JP" })).toBe("ja");
    expect(negotiateLocale({ acceptLanguage: "en-US,en;q=0.9" })).toBe("en");
  });

  it("ranks by q-value, skipping languages we do not speak and q=0", () => {
    expect(negotiateLocale({ acceptLanguage: "fr-FR,fr;q=0.9,ja;q=0.5,en;q=0.4" })).toBe("ja");
    expect(negotiateLocale({ acceptLanguage: "en;q=0.3, ja;q=0.8" })).toBe("ja");
    expect(negotiateLocale({ acceptLanguage: "ja;q=0, en;q=0.1" })).toBe("en");
  });

  it("falls back to English for anything else", () => {
    expect(negotiateLocale({})).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "de-DE,fr" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "*" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: ";;q=abc,," })).toBe("en");
  });

  it("the switcher's cookie beats the browser, if it names a language we speak", () => {
    expect(negotiateLocale({ cookie: "ja", acceptLanguage: "en-US" })).toBe("ja");
    expect(negotiateLocale({ cookie: "en", acceptLanguage: "ja" })).toBe("en");
    expect(negotiateLocale({ cookie: "xx", acceptLanguage: "ja" })).toBe("ja");
  });
});
