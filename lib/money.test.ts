import { describe, expect, it } from "vitest";
import { formatMoney, isZeroDecimal, toMajorUnitsText, toMinorUnits } from "./money";

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

describe("toMinorUnits", () => {
  it("converts major units exactly, per currency", () => {
    expect(toMinorUnits("12.50", "usd")).toEqual({ unitAmount: 1250 });
    expect(toMinorUnits("0.1", "eur")).toEqual({ unitAmount: 10 });
    expect(toMinorUnits("1200", "jpy")).toEqual({ unitAmount: 1200 });
    expect(toMinorUnits("0.005", "usd")).toEqual({ unitAmountDecimal: "0.5" });
    expect(toMinorUnits("1200.5", "jpy")).toEqual({ unitAmountDecimal: "1200.5" });
    expect(toMinorUnits("abc", "usd")).toBeNull();
    expect(toMinorUnits("-1", "usd")).toBeNull();
  });
});

describe("toMajorUnitsText", () => {
  it("turns minor units back into what an admin types", () => {
    expect(toMajorUnitsText("1250", "usd")).toBe("12.50");
    expect(toMajorUnitsText("5", "usd")).toBe("0.05");
    expect(toMajorUnitsText("0.5", "usd")).toBe("0.005");
    expect(toMajorUnitsText("1200", "jpy")).toBe("1200");
  });
});
