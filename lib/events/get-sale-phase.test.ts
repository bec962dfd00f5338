import { describe, expect, it } from "vitest";
import { getSalePhase } from "./get-sale-phase";

const now = new Date("2026-12-01T12:00:00Z");
const at = (hours: number) => new Date(now.getTime() + hours * 3600_000);

describe("getSalePhase", () => {
  it("is general sale without a sale date", () => {
    expect(getSalePhase({ startsAt: at(100), presaleStartsAt: null, generalSaleAt: null }, now)).toEqual({ phase: "general" });
  });

  it("is the members' presale between its start and general sale", () => {
    expect(getSalePhase({ startsAt: at(100), presaleStartsAt: at(-1), generalSaleAt: at(5) }, now)).toEqual({ phase: "presale", generalSaleAt: at(5) });
  });

  it("opens with the presale when neither has started", () => {
    expect(getSalePhase({ startsAt: at(100), presaleStartsAt: at(2), generalSaleAt: at(5) }, now)).toEqual({ phase: "not_yet", opensAt: at(2) });
    expect(getSalePhase({ startsAt: at(100), presaleStartsAt: null, generalSaleAt: at(5) }, now)).toEqual({ phase: "not_yet", opensAt: at(5) });
  });

  it("is general once general sale opened, and ended once the event started", () => {
    expect(getSalePhase({ startsAt: at(100), presaleStartsAt: at(-10), generalSaleAt: at(-1) }, now)).toEqual({ phase: "general" });
    expect(getSalePhase({ startsAt: at(-1), presaleStartsAt: at(-10), generalSaleAt: at(5) }, now)).toEqual({ phase: "ended" });
  });
});
