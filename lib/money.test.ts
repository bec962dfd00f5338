import { describe, expect, it } from "vitest";
import { formatMoney, isZeroDecimal } from "./money";

describe("formatMoney", () => {
  it("formats two-decimal currencies from minor units", () => {
    expect(formatMoney(2500, "eur")).toBe("€25.00");
    expect(formatMoney(199, "usd")).toBe("$1.99");
  });
  it("formats zero-decimal currencies as whole units", () => {
    expect(isZeroDecimal("JPY")).toBe(true);
    expect(formatMoney(12000, "jpy")).toBe("¥12,000");
  });
});
