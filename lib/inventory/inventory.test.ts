import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { isAppError } from "../errors";
import { createTestEvent } from "../testing/create-test-event";
import { claimExpiredHolds, convertHold, getAvailability, releaseHold, reserveSeats } from "./index";

const limits = { holdSeconds: 600, maxSeatsPerOrder: 6, maxActiveHolds: 3 };

async function availabilityOf(id: string) {
  return (await getAvailability({ ticketTypeIds: [id] })).get(id)!;
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message, details: error.details };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("reserveSeats", () => {
  it("holds seats until the hold's end and counts them as held", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([10]);
    const before = Date.now();
    const hold = await reserveSeats({ holderId: "alice", items: [{ ticketTypeId: id!, quantity: 4 }] }, limits);
    expect(hold.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 590_000);
    expect(hold.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 610_000);
    expect(await availabilityOf(id!)).toMatchObject({ capacity: 10, sold: 0, held: 4, available: 6 });
  });

  it("holds several ticket types in one hold, or none of them", async () => {
    const { ticketTypeIds: [a, b] } = await createTestEvent([5, 1]);
    await reserveSeats({ holderId: "bob", items: [{ ticketTypeId: a!, quantity: 2 }, { ticketTypeId: b!, quantity: 1 }] }, limits);
    const refused = await refusal(
      reserveSeats({ holderId: "carol", items: [{ ticketTypeId: a!, quantity: 2 }, { ticketTypeId: b!, quantity: 1 }] }, limits),
    );
    expect(refused.code).toBe("sold_out");
    expect(refused.details.ticketTypeId).toBe(b);
    expect(await availabilityOf(a!)).toMatchObject({ held: 2, available: 3 });
  });

  it("says how many are left when fewer seats remain than asked for", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([3]);
    const refused = await refusal(reserveSeats({ holderId: "dan", items: [{ ticketTypeId: id!, quantity: 5 }] }, { ...limits, maxSeatsPerOrder: 10 }));
    expect(refused).toMatchObject({ code: "not_enough_seats", message: "Only 3 left — you asked for 5.", details: { available: 3 } });
    expect(await availabilityOf(id!)).toMatchObject({ held: 0, available: 3 });
  });

  it("refuses more seats per order than the limit", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([50]);
    const refused = await refusal(reserveSeats({ holderId: "erin", items: [{ ticketTypeId: id!, quantity: 7 }] }, limits));
    expect(refused).toMatchObject({ code: "limit_exceeded", message: "Limit 6 per order.", details: { kind: "seats_per_order" } });
    expect(await availabilityOf(id!)).toMatchObject({ held: 0 });
  });

  it("refuses a holder more active holds than the limit, counting only unexpired ones", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([50]);
    for (let i = 0; i < 3; i++) await reserveSeats({ holderId: "fay", items: [{ ticketTypeId: id!, quantity: 1 }] }, limits);
    const refused = await refusal(reserveSeats({ holderId: "fay", items: [{ ticketTypeId: id!, quantity: 1 }] }, limits));
    expect(refused).toMatchObject({ code: "limit_exceeded", details: { kind: "active_holds", limit: 3 } });
    await reserveSeats({ holderId: "gus", items: [{ ticketTypeId: id!, quantity: 1 }] }, limits);
    expect(await availabilityOf(id!)).toMatchObject({ held: 4 });
  });

  it.each([
    ["a zero quantity", { holderId: "h", items: [{ ticketTypeId: "00000000-0000-4000-8000-000000000000", quantity: 0 }] }],
    ["a fractional quantity", { holderId: "h", items: [{ ticketTypeId: "00000000-0000-4000-8000-000000000000", quantity: 1.5 }] }],
    ["a malformed id", { holderId: "h", items: [{ ticketTypeId: "1; DROP TABLE seat", quantity: 1 }] }],
    ["no items", { holderId: "h", items: [] }],
    ["no holder", { holderId: " ", items: [{ ticketTypeId: "00000000-0000-4000-8000-000000000000", quantity: 1 }] }],
  ])("rejects %s as invalid input and changes nothing", async (_label, input) => {
    const { ticketTypeIds: [id] } = await createTestEvent([5]);
    expect((await refusal(reserveSeats(input as never, limits))).code).toBe("invalid_input");
    expect(await availabilityOf(id!)).toMatchObject({ held: 0, available: 5 });
  });

  it("rejects the same ticket type twice in one order", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([5]);
    const items = [{ ticketTypeId: id!, quantity: 1 }, { ticketTypeId: id!, quantity: 1 }];
    expect((await refusal(reserveSeats({ holderId: "h", items }, limits))).code).toBe("invalid_input");
  });

  it("answers not_found for a ticket type that does not exist", async () => {
    const items = [{ ticketTypeId: "00000000-0000-4000-8000-000000000000", quantity: 1 }];
    expect((await refusal(reserveSeats({ holderId: "h", items }, limits))).code).toBe("not_found");
  });
});

describe("releaseHold and convertHold", () => {
  it("releases seats once; a second release changes nothing", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([5]);
    const hold = await reserveSeats({ holderId: "ivy", items: [{ ticketTypeId: id!, quantity: 2 }] }, limits);
    expect(await releaseHold({ holdId: hold.holdId, reason: "test" })).toBe(true);
    expect(await releaseHold({ holdId: hold.holdId, reason: "test" })).toBe(false);
    expect(await availabilityOf(id!)).toMatchObject({ held: 0, available: 5 });
  });

  it("converts a hold to a sale once; converting again or releasing afterwards changes nothing", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([5]);
    const hold = await reserveSeats({ holderId: "jo", items: [{ ticketTypeId: id!, quantity: 3 }] }, limits);
    expect(await convertHold({ holdId: hold.holdId })).toBe(true);
    expect(await convertHold({ holdId: hold.holdId })).toBe(false);
    expect(await releaseHold({ holdId: hold.holdId, reason: "late" })).toBe(false);
    expect(await availabilityOf(id!)).toMatchObject({ sold: 3, held: 0, available: 2 });
  });

  it("does not convert a released hold", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([5]);
    const hold = await reserveSeats({ holderId: "kim", items: [{ ticketTypeId: id!, quantity: 1 }] }, limits);
    await releaseHold({ holdId: hold.holdId, reason: "expired" });
    expect(await convertHold({ holdId: hold.holdId })).toBe(false);
    expect(await availabilityOf(id!)).toMatchObject({ sold: 0, available: 5 });
  });
});

describe("claimExpiredHolds", () => {
  it("claims active holds past their end, not the others, and each only once at a time", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([10]);
    const live = await reserveSeats({ holderId: "lee", items: [{ ticketTypeId: id!, quantity: 1 }] }, limits);
    const ended = await reserveSeats({ holderId: "max", items: [{ ticketTypeId: id!, quantity: 1 }] }, limits);
    const endedReleased = await reserveSeats({ holderId: "ned", items: [{ ticketTypeId: id!, quantity: 1 }] }, limits);
    await getDb().hold.updateMany({
      where: { id: { in: [ended.holdId, endedReleased.holdId] } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await releaseHold({ holdId: endedReleased.holdId, reason: "test" });
    const [first, second] = await Promise.all([claimExpiredHolds(), claimExpiredHolds()]);
    const claimed = [...first, ...second].map((hold) => hold.holdId);
    expect(claimed.filter((holdId) => holdId === ended.holdId)).toHaveLength(1);
    expect(claimed).not.toContain(live.holdId);
    expect(claimed).not.toContain(endedReleased.holdId);
    expect((await claimExpiredHolds()).map((hold) => hold.holdId)).not.toContain(ended.holdId);
  });
});
