// The live stock feed: one notification per statement (trigger on `seat`) reaches every watcher of the event in
// this process, within a second, whichever code changed the seats. PGlite notifies its own process the same way.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { createTestEvent } from "../testing/create-test-event";
import { findKnownSoldOut, releaseHold, reserveSeats, subscribeToEventStock } from "./index";

type Message = { ticketTypes: Record<string, { available: number; held: number; capacity: number }> };
const decoder = new TextDecoder();

function watch() {
  const messages: Message[] = [];
  const send = (chunk: Uint8Array) => {
    const text = decoder.decode(chunk);
    if (text.startsWith("data: ")) messages.push(JSON.parse(text.slice(6)) as Message);
  };
  const next = async (predicate: (m: Message) => boolean, timeoutMs = 2000) => {
    const started = Date.now();
    for (;;) {
      const found = messages.find(predicate);
      if (found) return { message: found, ms: Date.now() - started };
      if (Date.now() - started > timeoutMs) throw new Error(`no matching message in ${timeoutMs} ms: ${JSON.stringify(messages)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return { send, messages, next };
}

const limits = { holdSeconds: 600, maxSeatsPerOrder: 10, maxActiveHolds: 10 };

describe("stock feed", () => {
  it("sends the figures at once, then each change within a second, to every watcher", async () => {
    const { eventId, ticketTypeIds: [id] } = await createTestEvent([3]);
    const a = watch();
    const b = watch();
    const stopA = await subscribeToEventStock(eventId, a.send);
    const stopB = await subscribeToEventStock(eventId, b.send);
    expect(a.messages[0]?.ticketTypes[id!]).toEqual({ available: 3, held: 0, capacity: 3 });
    expect(b.messages[0]?.ticketTypes[id!]).toEqual({ available: 3, held: 0, capacity: 3 });

    const hold = await reserveSeats({ holderId: randomUUID(), items: [{ ticketTypeId: id!, quantity: 2 }] }, limits);
    const seen = await a.next((m) => m.ticketTypes[id!]?.available === 1 && m.ticketTypes[id!]?.held === 2, 1000);
    expect(seen.ms).toBeLessThan(1000);
    await b.next((m) => m.ticketTypes[id!]?.available === 1, 1000);

    // A change made behind the app's back (another process, a script) is announced by the trigger too.
    await getDb().seat.updateMany({ where: { holdId: hold.holdId }, data: { status: "available", holdId: null } });
    await a.next((m) => a.messages.indexOf(m) > 1 && m.ticketTypes[id!]?.available === 3, 1000);
    stopA!();
    stopB!();
  });

  it("knows a watched ticket type is sold out, and forgets it as soon as a seat comes back", async () => {
    const { eventId, ticketTypeIds: [id] } = await createTestEvent([2]);
    const w = watch();
    const stop = await subscribeToEventStock(eventId, w.send);
    const hold = await reserveSeats({ holderId: randomUUID(), items: [{ ticketTypeId: id!, quantity: 2 }] }, limits);
    const soldOut = await w.next((m) => m.ticketTypes[id!]?.available === 0);
    expect(findKnownSoldOut([id!])).toBe(id);
    await releaseHold({ holdId: hold.holdId, reason: "test" });
    const after = w.messages.indexOf(soldOut.message);
    await w.next((m) => w.messages.indexOf(m) > after && m.ticketTypes[id!]?.available === 2);
    // The short-circuit must never refuse a shopper once seats are back.
    expect(findKnownSoldOut([id!])).toBeUndefined();
    stop!();
  });

  it("serves no stock of an unpublished or unknown event", async () => {
    const { eventId } = await createTestEvent([2]);
    await getDb().event.update({ where: { id: eventId }, data: { published: false } });
    expect(await subscribeToEventStock(eventId, () => undefined)).toBeNull();
    expect(await subscribeToEventStock(randomUUID(), () => undefined)).toBeNull();
  });
});
