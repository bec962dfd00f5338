// Concurrency needs a real PostgreSQL: PGlite is one connection and cannot show lock contention.
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { isAppError } from "../errors";
import { createTestEvent } from "../testing/create-test-event";
import { naiveReserve } from "../testing/naive-reserve";
import { getAvailability, releaseHold, reserveSeats } from "./index";

const isPostgres = process.env.TEST_DATABASE_KIND === "postgres";
const ATTEMPTS = 2_000;
const SEATS = 300;
const limits = { holdSeconds: 600, maxSeatsPerOrder: 10, maxActiveHolds: 3 };

/** Samples availability while `work` runs; returns every sample. */
async function sampleWhile<T>(ticketTypeId: string, work: Promise<T>) {
  const samples: { held: number; sold: number; available: number; capacity: number }[] = [];
  let done = false;
  const sampler = (async () => {
    while (!done) {
      samples.push((await getAvailability({ ticketTypeIds: [ticketTypeId] })).get(ticketTypeId)!);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  const result = await work.finally(() => (done = true));
  await sampler;
  return { result, samples };
}

describe.skipIf(!isPostgres)("reserveSeats under concurrency (PostgreSQL)", () => {
  it(`${ATTEMPTS} concurrent attempts for ${SEATS} seats hold exactly ${SEATS}, and releasing restores them`, async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([SEATS]);
    const attempts = Array.from({ length: ATTEMPTS }, (_, i) =>
      reserveSeats({ holderId: `shopper-${i}`, items: [{ ticketTypeId: id!, quantity: 1 }] }, limits).then(
        (hold) => ({ ok: true as const, hold }),
        (error: unknown) => {
          if (isAppError(error, "sold_out") || isAppError(error, "not_enough_seats") || isAppError(error, "conflict")) return { ok: false as const };
          throw error;
        },
      ),
    );
    const { result, samples } = await sampleWhile(id!, Promise.all(attempts));
    const holds = result.flatMap((outcome) => (outcome.ok ? [outcome.hold] : []));

    expect(holds).toHaveLength(SEATS);
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) {
      expect(sample.available).toBeGreaterThanOrEqual(0);
      expect(sample.held + sample.sold + sample.available).toBe(SEATS);
    }
    const seatsByHold = await getDb().seat.groupBy({ by: ["holdId"], where: { ticketTypeId: id! }, _count: true });
    expect(seatsByHold.filter((group) => group.holdId !== null).every((group) => group._count === 1)).toBe(true);
    expect((await getAvailability({ ticketTypeIds: [id!] })).get(id!)).toMatchObject({ held: SEATS, available: 0 });

    await Promise.all(holds.map((hold) => releaseHold({ holdId: hold.holdId, reason: "test" })));
    expect((await getAvailability({ ticketTypeIds: [id!] })).get(id!)).toMatchObject({ held: 0, available: SEATS });
  });

  it("mixed quantities never hold more seats than exist", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([SEATS]);
    const attempts = Array.from({ length: ATTEMPTS }, (_, i) =>
      reserveSeats({ holderId: `mixed-${i}`, items: [{ ticketTypeId: id!, quantity: 1 + (i % 4) }] }, limits).then(
        (hold) => hold.items[0]!.quantity,
        () => 0,
      ),
    );
    const held = (await Promise.all(attempts)).reduce((sum, quantity) => sum + quantity, 0);
    const availability = (await getAvailability({ ticketTypeIds: [id!] })).get(id!)!;
    expect(held).toBeLessThanOrEqual(SEATS);
    expect(availability.held).toBe(held);
    expect(availability.held + availability.available).toBe(SEATS);
  });

  it("one holder racing itself gets no more active holds than the limit", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([100]);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, () => reserveSeats({ holderId: "greedy", items: [{ ticketTypeId: id!, quantity: 1 }] }, limits)),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(3);
    expect((await getAvailability({ ticketTypeIds: [id!] })).get(id!)).toMatchObject({ held: 3 });
  });

  it("negative control: the same load through a naive read-then-write path oversells", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([SEATS]);
    // Fewer attempts than above: the naive writes all queue on the same few seat rows, one commit after another
    // (55 s for 2,000 on a loaded machine), and twice the seats is already more promises than seats can be.
    const outcomes = await Promise.all(
      Array.from({ length: 2 * SEATS }, () => naiveReserve({ ticketTypeId: id!, quantity: 1 }).catch(() => false)),
    );
    const claimed = outcomes.filter(Boolean).length;
    console.log(`negative control: the naive path promised ${claimed} seats of ${SEATS}`);
    // Every "successful" naive reservation promised a seat; more promises than seats is an oversell.
    expect(claimed).toBeGreaterThan(SEATS);
  });
});
