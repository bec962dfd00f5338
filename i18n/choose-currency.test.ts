import { describe, expect, it } from "vitest";
import { amountIn, chooseCurrency } from "./choose-currency";

describe("chooseCurrency", () => {
  const offered = ["eur", "jpy", "usd"];
  it("puts yen first for a Japanese shopper and shows it unless they chose otherwise", () => {
    expect(chooseCurrency({ offered, locale: "ja" })).toEqual({ currencies: ["jpy", "eur", "usd"], currency: "jpy" });
    expect(chooseCurrency({ offered, locale: "ja", cookie: "eur" }).currency).toBe("eur");
    expect(chooseCurrency({ offered, locale: "ja", cookie: "eur", query: "usd" }).currency).toBe("usd");
  });
  it("keeps the price's own currency first in English and ignores currencies the price does not offer", () => {
    expect(chooseCurrency({ offered, locale: "en" })).toEqual({ currencies: offered, currency: "eur" });
    expect(chooseCurrency({ offered, locale: "en", cookie: "gbp", query: "xxx" }).currency).toBe("eur");
    expect(chooseCurrency({ offered: ["eur"], locale: "ja" })).toEqual({ currencies: ["eur"], currency: "eur" });
    expect(chooseCurrency({ offered: [], locale: "ja" }).currency).toBeUndefined();
  });
});

describe("amountIn", () => {
  const price = { unitAmount: 3900, currency: "eur", currencyOptions: { jpy: 6200 } };
  it("takes the admin's rounded amount from currency_options, never a conversion", () => {
    expect(amountIn(price, "jpy")).toBe(6200);
    expect(amountIn(price, "eur")).toBe(3900);
    expect(amountIn(price, "usd")).toBeUndefined();
    expect(amountIn(price, "constructor")).toBeUndefined();
  });
});
