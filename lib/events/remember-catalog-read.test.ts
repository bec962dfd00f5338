// Event pages keep the catalog per process and drop it when the database says it changed.
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { createTestEvent } from "../testing/create-test-event";
import { getEventBySlug } from "./get-event-by-slug";
import { rememberCatalogRead } from "./remember-catalog-read";

async function eventually(check: () => Promise<boolean>, timeoutMs = 2000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("catalog memory for event pages", () => {
  it("reads once while nothing changes, again after an event, ticket type or price changes", async () => {
    const { eventId } = await createTestEvent([1]);
    let loads = 0;
    const read = () => rememberCatalogRead(`test:${eventId}`, () => Promise.resolve(++loads));
    await eventually(async () => (await read()) === (await read())); // once the listener is connected
    const before = loads;
    await read();
    await read();
    expect(loads).toBe(before);

    await getDb().ticketType.updateMany({ where: { eventId }, data: { name: "Renamed" } });
    await eventually(async () => (await read()) > before);
  });

  it("shows an edited event on the next render and hides it once unpublished", async () => {
    const { eventId } = await createTestEvent([2]);
    const { slug } = await getDb().event.findUniqueOrThrow({ where: { id: eventId } });
    expect((await getEventBySlug({ slug }))?.available).toBe(2);
    await getDb().event.update({ where: { id: eventId }, data: { name: "A new name" } });
    await eventually(async () => (await getEventBySlug({ slug }))?.name === "A new name");
    await getDb().event.update({ where: { id: eventId }, data: { published: false } });
    await eventually(async () => (await getEventBySlug({ slug })) === null);
  });
});
