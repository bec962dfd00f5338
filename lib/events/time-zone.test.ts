import { describe, expect, it } from "vitest";
import { isIanaTimeZone, parseWallTime, timeZoneSchema, toWallTimeInput, zonedWallTimeToDate } from "./time-zone";

describe("venue time zones", () => {
  it("accepts IANA names and refuses offsets, abbreviations and junk", () => {
    for (const ok of ["UTC", "Europe/Amsterdam", "Asia/Tokyo", "America/Argentina/Buenos_Aires"]) expect(isIanaTimeZone(ok), ok).toBe(true);
    for (const bad of ["", "+09:00", "Mars/Olympus", "Europe/", "Asia/Tokyo; drop", "../etc"]) expect(isIanaTimeZone(bad), bad).toBe(false);
    expect(timeZoneSchema.safeParse("Nowhere/City").success).toBe(false);
    expect(timeZoneSchema.parse(" Asia/Tokyo ")).toBe("Asia/Tokyo");
  });

  it("turns a venue's wall clock into the right instant, summer and winter", () => {
    expect(zonedWallTimeToDate({ year: 2027, month: 7, day: 1, hour: 20 }, "Europe/Amsterdam").toISOString()).toBe("2027-07-01T18:00:00.000Z");
    expect(zonedWallTimeToDate({ year: 2027, month: 1, day: 15, hour: 20 }, "Europe/Amsterdam").toISOString()).toBe("2027-01-15T19:00:00.000Z");
    expect(zonedWallTimeToDate({ year: 2027, month: 1, day: 15, hour: 9, minute: 30 }, "Asia/Tokyo").toISOString()).toBe("2027-01-15T00:30:00.000Z");
    expect(zonedWallTimeToDate({ year: 2027, month: 1, day: 15, hour: 9 }, "UTC").toISOString()).toBe("2027-01-15T09:00:00.000Z");
  });
});

describe("the admin's event form", () => {
  it("refuses a time zone that is not an IANA name, and leaves an empty one unset", async () => {
    const { saveEventSchema } = await import("./save-event");
    const base = { name: "Gala", slug: "gala", venue: "Hall, Tokyo", startsAt: "2031-06-01T19:30" };
    expect(saveEventSchema.safeParse({ ...base, timeZone: "JST+9" }).success).toBe(false);
    expect(saveEventSchema.parse({ ...base, timeZone: "Asia/Tokyo" }).timeZone).toBe("Asia/Tokyo");
    expect(saveEventSchema.parse({ ...base, timeZone: "" }).timeZone).toBeUndefined();
    expect(saveEventSchema.parse(base).timeZone).toBeUndefined();
  });

  it("reads the form's times as the venue's wall clock and shows them back the same way", async () => {
    const { saveEventSchema } = await import("./save-event");
    const base = { name: "Gala", slug: "gala", venue: "Hall, Tokyo", startsAt: "2031-06-01T19:30" };
    const tokyo = saveEventSchema.parse({ ...base, timeZone: "Asia/Tokyo", generalSaleAt: "2031-05-01T10:00" });
    expect(tokyo.startsAt.toISOString()).toBe("2031-06-01T10:30:00.000Z");
    expect(tokyo.generalSaleAt?.toISOString()).toBe("2031-05-01T01:00:00.000Z");
    expect(toWallTimeInput(tokyo.startsAt, "Asia/Tokyo")).toBe("2031-06-01T19:30");
    // Without a zone (a caller that is not the form) the times are UTC.
    expect(saveEventSchema.parse(base).startsAt.toISOString()).toBe("2031-06-01T19:30:00.000Z");
  });

  it("refuses impossible dates and a presale that does not open before general sale, per field", async () => {
    const { saveEventSchema } = await import("./save-event");
    const base = { name: "Gala", slug: "gala", venue: "Hall", timeZone: "Europe/Amsterdam" };
    const paths = (input: object) => saveEventSchema.safeParse({ ...base, ...input }).error?.issues.map((i) => i.path.join("."));
    expect(paths({ startsAt: "2031-02-30T19:30" })).toEqual(["startsAt"]);
    expect(paths({ startsAt: "tomorrow" })).toEqual(["startsAt"]);
    expect(paths({})).toEqual(["startsAt"]);
    expect(paths({ startsAt: "2031-06-01T19:30", presaleStartsAt: "2031-05-02T10:00", generalSaleAt: "2031-05-01T10:00" })).toEqual(["presaleStartsAt"]);
    expect(parseWallTime("2031-06-01T19:30:00Z", "Asia/Tokyo")?.toISOString()).toBe("2031-06-01T19:30:00.000Z");
  });
});
