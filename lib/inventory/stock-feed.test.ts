// The live stock feed: every change reaches every watcher of the event in this process within a second, whichever
// code changed the seats — seats coming back by a notification (trigger on `seat`; PGlite notifies its own process
// the same way), seats taken by this process at once, seats taken elsewhere by the feed's poll.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDatabase, getDb } from "../db";
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

  it("shows seats taken behind this process's back (another app process) within a second, by its poll", async () => {
    const { eventId, ticketTypeIds: [id] } = await createTestEvent([4]);
    const w = watch();
    const stop = await subscribeToEventStock(eventId, w.send);
    const holdId = (await getDb().hold.create({ data: { holderId: (await getDb().holder.create({ data: { id: randomUUID() } })).id, expiresAt: new Date(Date.now() + 600_000) } })).id;
    const [seat] = await getDb().seat.findMany({ where: { ticketTypeId: id! }, take: 1 });
    await getDb().seat.update({ where: { id: seat!.id }, data: { status: "held", holdId } });
    const seen = await w.next((m) => m.ticketTypes[id!]?.available === 3 && m.ticketTypes[id!]?.held === 1, 1500);
    expect(seen.ms).toBeLessThan(1000);
    stop!();
  });

  // A NOTIFY in a transaction takes a database-wide lock from its commit until the commit is flushed: if every hold
  // notified, every hold would wait for every other hold's fsync (the flash sale's bottleneck, 6× fewer holds/s).
  it("notifies when seats come back on sale, never when they are held", async () => {
    const { ticketTypeIds: [id] } = await createTestEvent([2]);
    const heard: string[] = [];
    let ready!: () => void;
    const listening = new Promise<void>((resolve) => (ready = resolve));
    const stop = getDatabase().listen!("seat_changed", { onNotify: (payload) => heard.push(payload), onGap: () => ready() });
    await listening;
    const heardAfter = async (count: number) => {
      for (let waited = 0; heard.length < count && waited < 2000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    const hold = await reserveSeats({ holderId: randomUUID(), items: [{ ticketTypeId: id!, quantity: 2 }] }, limits);
    // Notifications arrive in commit order: whatever the hold sent would come before this marker.
    await getDb().$executeRaw`SELECT pg_notify('seat_changed', 'marker')`;
    await heardAfter(1);
    await releaseHold({ holdId: hold.holdId, reason: "test" });
    await heardAfter(2);
    // The marker, then the release's: the hold sent none.
    expect(heard).toEqual(["marker", id]);
    stop();
  });

  it("serves no stock of an unpublished or unknown event", async () => {
    const { eventId } = await createTestEvent([2]);
    await getDb().event.update({ where: { id: eventId }, data: { published: false } });
    expect(await subscribeToEventStock(eventId, () => undefined)).toBeNull();
    expect(await subscribeToEventStock(randomUUID(), () => undefined)).toBeNull();
  });
});
