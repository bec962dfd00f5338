import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps same-origin paths with their query", () => {
    expect(safeNextPath("/account")).toBe("/account");
    expect(safeNextPath("/membership/confirm?subscription=sub_1")).toBe("/membership/confirm?subscription=sub_1");
  });

  it.each([
    ["https://evil.example/account"],
    ["//evil.example"],
    ["/\\evil.example"],
    ["/\t/evil.example"],
    ["javascript:alert(1)"],
    ["account"],
    [""],
    [undefined],
    [["/account"]],
    ["/sign-in?next=/sign-in"],
  ])("refuses %j and falls back", (value) => {
    expect(safeNextPath(value, "/fallback")).toBe("/fallback");
  });
});
