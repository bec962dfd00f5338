import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// A fresh module (and so a fresh memory of readings) for each test.
let getClockOffset: (serverNow: number) => number;
beforeEach(async () => {
  vi.resetModules();
  ({ getClockOffset } = await import("./server-clock"));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("getClockOffset", () => {
  it("keeps the offset of the moment a reading was first seen, however much later it is asked again", () => {
    vi.stubGlobal("window", globalThis); // in a browser
    vi.useFakeTimers({ now: 1_000_000 });
    const serverNow = 1_000_000 + 5_000; // the server's clock is 5 s ahead of this browser's
    expect(getClockOffset(serverNow)).toBe(5_000);
    vi.advanceTimersByTime(120_000); // a dialog opened two minutes later
    expect(getClockOffset(serverNow)).toBe(5_000);
    expect(getClockOffset(1_120_000 + 10_000)).toBe(10_000); // a new reading is a new offset
  });

  it("keeps nothing on the server, where each render's reading is its own moment", () => {
    vi.useFakeTimers({ now: 2_000_000 });
    expect(getClockOffset(2_000_000 + 1_000)).toBe(1_000);
    vi.advanceTimersByTime(60_000);
    expect(getClockOffset(2_000_000 + 1_000)).toBe(-59_000);
  });
});
