// reserve_checkout states in one round trip what startCheckout checked with separate queries: every refusal
// holds no seat and leaves stock as it was; on success the prices to charge come back with the hold.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { isAppError } from "../errors";
import { createPricedTestEvent } from "../testing/create-priced-test-event";
import { startTestEmulator } from "../testing/start-test-emulator";
import { getAvailability, reserveForCheckout } from "./index";

await startTestEmulator();

const reserve = (ticketTypeIds: string[], extra: { clientKey?: string } = {}) =>
  reserveForCheckout({ holderId: randomUUID(), items: ticketTypeIds.map((ticketTypeId) => ({ ticketTypeId, quantity: 1 })), ...extra });

async function refusal(ticketTypeIds: string[]) {
  const error = await reserve(ticketTypeIds).catch((e: unknown) => e);
  const held = await getDb().seat.count({ where: { ticketTypeId: { in: ticketTypeIds }, status: { not: "available" } } });
  return { error, held };
}

describe("reserveForCheckout", () => {
  it("holds and returns each line's price (id, currency, currency options)", async () => {
    const { ticketTypeIds } = await createPricedTestEvent([{ capacity: 3, amount: 2500 }, { capacity: 3, amount: 4000 }]);
    const hold = await reserve(ticketTypeIds);
    const prices = await getDb().ticketType.findMany({ where: { id: { in: ticketTypeIds } }, select: { id: true, priceId: true } });
    expect(hold.lines.map((line) => [line.ticketTypeId, line.priceId, line.currency]).sort()).toEqual(
      prices.map((t) => [t.id, t.priceId, "eur"]).sort(),
    );
    expect(hold.lines[0]?.currencyOptions).toHaveProperty("jpy");
    const availability = await getAvailability({ ticketTypeIds });
    expect([...availability.values()].map((a) => a.held)).toEqual([1, 1]);
  });

  it("refuses a started event, an unpublished one, two events, a not-yet-open sale and an archived product, holding nothing", async () => {
    const started = await createPricedTestEvent([{ capacity: 2, amount: 1000 }]);
    await getDb().event.update({ where: { id: started.eventId }, data: { startsAt: new Date(Date.now() - 1000) } });
    let result = await refusal(started.ticketTypeIds);
    expect(isAppError(result.error, "conflict") && result.error.message).toBe("Sales for this event have ended.");
    expect(result.held).toBe(0);

    const hidden = await createPricedTestEvent([{ capacity: 2, amount: 1000 }]);
    await getDb().event.update({ where: { id: hidden.eventId }, data: { published: false } });
    result = await refusal(hidden.ticketTypeIds);
    expect(isAppError(result.error, "conflict") && result.error.message).toBe("This event is not on sale.");
    expect(result.held).toBe(0);

    const a = await createPricedTestEvent([{ capacity: 2, amount: 1000 }]);
    const b = await createPricedTestEvent([{ capacity: 2, amount: 1000 }]);
    result = await refusal([a.ticketTypeIds[0]!, b.ticketTypeIds[0]!]);
    expect(isAppError(result.error, "invalid_input")).toBe(true);
    expect(result.held).toBe(0);

    const later = await createPricedTestEvent([{ capacity: 2, amount: 1000 }]);
    const opensAt = new Date(Date.now() + 3600_000);
    await getDb().event.update({ where: { id: later.eventId }, data: { generalSaleAt: opensAt } });
    result = await refusal(later.ticketTypeIds);
    expect(isAppError(result.error, "conflict") && result.error.details).toEqual({ kind: "sale_not_open", opensAt: opensAt.toISOString() });
    expect(result.held).toBe(0);

    const archived = await createPricedTestEvent([{ capacity: 2, amount: 1000 }]);
    const type = await getDb().ticketType.findUniqueOrThrow({ where: { id: archived.ticketTypeIds[0] }, include: { price: true } });
    await getDb().catalogProduct.update({ where: { id: type.price!.productId }, data: { active: false } });
    result = await refusal(archived.ticketTypeIds);
    expect(isAppError(result.error, "conflict") && result.error.message).toBe("That ticket type is not on sale.");
    expect(result.held).toBe(0);
  });

  it("keeps reserve_seats' address limits: the rate limit counts through it", async () => {
    const { ticketTypeIds } = await createPricedTestEvent([{ capacity: 50, amount: 1000 }]);
    const clientKey = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    const outcomes: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      outcomes.push(
        await reserveForCheckout(
          { holderId: randomUUID(), items: [{ ticketTypeId: ticketTypeIds[0]!, quantity: 1 }], clientKey },
          { rateLimit: 3, rateWindowSeconds: 60, maxClientSeatsPerEvent: 100 },
        ).then(
          () => "ok",
          (e: unknown) => (isAppError(e) ? String((e.details as { kind?: string } | undefined)?.kind ?? e.code) : "other"),
        ),
      );
    }
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(3);
    expect(outcomes.slice(3).every((o) => o === "rate_limit")).toBe(true);
  });
});
