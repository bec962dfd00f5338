// Limits a cookie cannot reset (issue 10, item 2) and the active-hold limit with delayed payments (item 1).
import pg from "pg";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { isAppError } from "../errors";
import { createTestEvent } from "../testing/create-test-event";
import { getAvailability, reserveSeats, type ReserveLimits } from "./index";

const limits: ReserveLimits = { holdSeconds: 600, maxSeatsPerOrder: 6, maxActiveHolds: 3, maxClientSeatsPerEvent: 8, rateLimit: 100, rateWindowSeconds: 60 };
const isPostgres = process.env.TEST_DATABASE_KIND === "postgres";

async function heldOf(id: string) {
  return (await getAvailability({ ticketTypeIds: [id] })).get(id)!.held;
}

function reserveAs(clientKey: string, ticketTypeId: string, quantity: number, extra: ReserveLimits = {}) {
  return reserveSeats({ holderId: crypto.randomUUID(), clientKey, items: [{ ticketTypeId, quantity }] }, { ...limits, ...extra });
}

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (!isAppError(error)) throw error;
    return `${error.code}:${typeof error.details.kind === "string" ? error.details.kind : ""}`;
  }
}

describe("address limits", () => {
  it("a client that drops its cookie each time is held to its seats per event; other addresses still buy", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([100]);
    const outcomes = [];
    for (let i = 0; i < 10; i++) outcomes.push(await codeOf(reserveAs("198.51.100.7", id!, 2)));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(4);
    expect(outcomes.at(-1)).toBe("limit_exceeded:client_event_seats");
    expect(await heldOf(id!)).toBe(8);
    expect(await codeOf(reserveAs("198.51.100.8", id!, 2))).toBe("ok");
  });

  it("says how many more seats the address may hold", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([100]);
    await reserveAs("192.0.2.1", id!, 6);
    await expect(reserveAs("192.0.2.1", id!, 4)).rejects.toSatisfy(
      (error) => isAppError(error, "limit_exceeded") && /add 2 more/.test(error.message) && error.details.remaining === 2,
    );
  });

  it("counts per event: the same address may hold seats for another event", async () => {
    const { ticketTypeIds: [a] } = await createTestEvent([50]);
    const { ticketTypeIds: [b] } = await createTestEvent([50]);
    await reserveAs("192.0.2.2", a!, 6);
    await reserveAs("192.0.2.2", a!, 2);
    expect(await codeOf(reserveAs("192.0.2.2", a!, 1))).toBe("limit_exceeded:client_event_seats");
    expect(await codeOf(reserveAs("192.0.2.2", b!, 6))).toBe("ok");
  });

  it("rate-limits reserve requests per address, refusals included, with a clear message", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([5]);
    const outcomes = [];
    for (let i = 0; i < 7; i++) outcomes.push(await codeOf(reserveAs("192.0.2.3", id!, 6, { rateLimit: 5, maxSeatsPerOrder: 10 })));
    // The first five are counted (and refused for want of seats); the rest are refused before touching stock.
    expect(outcomes.slice(0, 5).every((o) => o === "not_enough_seats:")).toBe(true);
    expect(outcomes.slice(5)).toEqual(["limit_exceeded:rate_limit", "limit_exceeded:rate_limit"]);
    await expect(reserveAs("192.0.2.3", id!, 1, { rateLimit: 5 })).rejects.toThrow(/Too many attempts from your network\. Please wait \d+ seconds/);
    expect(await codeOf(reserveAs("192.0.2.4", id!, 1, { rateLimit: 5 }))).toBe("ok");
    // A new window starts the count again.
    await getDb().reserveClient.update({ where: { clientKey: "192.0.2.3" }, data: { windowStartedAt: new Date(Date.now() - 61_000) } });
    expect(await codeOf(reserveAs("192.0.2.3", id!, 1, { rateLimit: 5 }))).toBe("ok");
  });

  it("holds awaiting a delayed payment do not count against the holder's active-hold limit", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([50]);
    const holds = [];
    for (let i = 0; i < 3; i++) holds.push(await reserveSeats({ holderId: "sepa", items: [{ ticketTypeId: id!, quantity: 1 }] }, limits));
    await expect(reserveSeats({ holderId: "sepa", items: [{ ticketTypeId: id!, quantity: 1 }] }, limits)).rejects.toSatisfy((e) => isAppError(e, "limit_exceeded"));
    await getDb().hold.updateMany({ where: { id: { in: holds.map((h) => h.holdId) } }, data: { awaitingPaymentSince: new Date() } });
    expect((await reserveSeats({ holderId: "sepa", items: [{ ticketTypeId: id!, quantity: 1 }] }, limits)).holdId).toBeTruthy();
  });
});

describe.skipIf(!isPostgres)("address limits under concurrency (PostgreSQL)", () => {
  it("200 concurrent cookie-less requests from one address hold no more than its allowance", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([500]);
    const outcomes = await Promise.all(Array.from({ length: 200 }, () => codeOf(reserveAs("203.0.113.66", id!, 2, { rateLimit: 1000 }))));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(4);
    expect(await heldOf(id!)).toBe(8);
  });

  it("the rate limit holds under concurrency: exactly the allowance of requests gets through", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([500]);
    const outcomes = await Promise.all(Array.from({ length: 100 }, () => codeOf(reserveAs("203.0.113.67", id!, 1, { rateLimit: 10, maxClientSeatsPerEvent: 1000 }))));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(10);
  });

  it("under contention says seats are being taken instead of \"only N left\" to a request for fewer than N", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([5]);
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      // Another shopper's transaction has four of the five seats locked, not yet committed.
      await other.query("BEGIN");
      await other.query("SELECT id FROM seat WHERE ticket_type_id = $1 ORDER BY id LIMIT 4 FOR UPDATE", [id]);
      await expect(reserveAs("203.0.113.68", id!, 2)).rejects.toSatisfy(
        (error) => isAppError(error, "conflict") && error.details.kind === "contended" && !/Only/.test(error.message),
      );
    } finally {
      await other.query("ROLLBACK");
      await other.end();
    }
    expect(await heldOf(id!)).toBe(0);
  });
});
