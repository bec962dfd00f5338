// The process's live view of stock, shared by every watcher of an event page and by the sold-out short-circuit.
// Seats coming back on sale are pushed: on PostgreSQL one LISTEN connection per process hears `seat_changed` (sent
// by a trigger on every statement that makes seats available, whichever process or script made it; PGlite notifies
// its own process the same way). Seats being held or sold are not pushed (a NOTIFY in every hold would serialise
// the holds' commits, see migration 20261202000000): this process marks its own holds at once, and the stock of
// watched events is re-read every POLL_MS for other processes' holds. Either way the stock is re-read in one query,
// at most every FLUSH_SPACING_MS, and the same encoded message is written to every watcher. The database stays the
// only authority for holding: this memory is only ever used to answer "sold out" a little sooner, and a sold-out
// figure can only become wrong by seats coming back, which is pushed.
import { getDatabase, getDb } from "../db";
import { getAvailability } from "./get-availability";

export type EventStock = Record<string, { available: number; held: number; capacity: number }>;
type Send = (chunk: Uint8Array) => void;
type Room = { ticketTypeIds: string[]; subscribers: Set<Send>; last: string | null; dirty: boolean };
type Known = { available: number; at: number; isPushed: boolean };

const FLUSH_DELAY_MS = 30;
// Writing one change to 2,000 watchers costs ~110 ms of CPU (a socket write each), so during a sale, when stock
// changes all the time, every flush is paid for by the holds: 500 ms keeps that to ~20 % of a core, and a change
// still shows within about half a second (an isolated change, e.g. seats coming back, goes out after 30 ms).
const FLUSH_SPACING_MS = 500;
const POLL_MS = 500;
const JSON_CACHE_MS = 1000;
const HEARTBEAT_MS = 20_000;
/** How long a stock figure learnt from a reserve answer (not pushed by the database) may be trusted. */
export const SOLD_OUT_TTL_MS = 1000;

type Feed = {
  rooms: Map<string, Room>;
  roomsByType: Map<string, Set<string>>;
  known: Map<string, Known>;
  isLive: boolean;
  stopListening: (() => void) | null;
  timer: NodeJS.Timeout | null;
  poller: NodeJS.Timeout | null;
  heartbeat: NodeJS.Timeout | null;
  isFlushing: boolean;
  lastFlush: number;
};
const globalForFeed = globalThis as unknown as { boxOfficeStockFeed?: Feed };
const feed: Feed = (globalForFeed.boxOfficeStockFeed ??= {
  rooms: new Map(),
  roomsByType: new Map(),
  known: new Map(),
  isLive: false,
  stopListening: null,
  timer: null,
  poller: null,
  heartbeat: null,
  isFlushing: false,
  lastFlush: 0,
});
const encoder = new TextEncoder();
const PING = encoder.encode(": ping\n\n");

/**
 * Subscribes `send` to an event's stock: it gets the current figures at once (as one server-sent event), then
 * every change. Returns the unsubscribe function, or null when the event does not exist.
 */
export async function subscribeToEventStock(eventId: string, send: Send): Promise<(() => void) | null> {
  let room = feed.rooms.get(eventId);
  if (!room) {
    const types = await getDb().ticketType.findMany({
      where: { eventId, event: { published: true } },
      select: { id: true },
      orderBy: { sortOrder: "asc" },
    });
    if (types.length === 0) return null;
    room = feed.rooms.get(eventId) ?? { ticketTypeIds: types.map((t) => t.id), subscribers: new Set(), last: null, dirty: true };
    feed.rooms.set(eventId, room);
    for (const id of room.ticketTypeIds) {
      const rooms = feed.roomsByType.get(id) ?? new Set<string>();
      rooms.add(eventId);
      feed.roomsByType.set(id, rooms);
    }
  }
  startFeed();
  if (room.last === null) await readStock([eventId]);
  room.subscribers.add(send);
  if (room.last !== null) send(encoder.encode(room.last));
  const joined = room;
  return () => {
    joined.subscribers.delete(send);
    if (joined.subscribers.size === 0 && feed.rooms.get(eventId) === joined) {
      feed.rooms.delete(eventId);
      for (const id of joined.ticketTypeIds) feed.roomsByType.get(id)?.delete(eventId);
      if (feed.rooms.size === 0) stopFeed();
    }
  };
}

/** Tells watchers of these ticket types that this process just took seats of them (sent within FLUSH_SPACING_MS). */
export function noteSeatsTaken(ticketTypeIds: string[]): void {
  for (const id of ticketTypeIds) for (const eventId of feed.roomsByType.get(id) ?? []) markDirty(eventId);
}

/** An event's stock, read at most once a second per process (the JSON endpoint; also fine on PGlite). */
export async function getEventStockCached(eventId: string): Promise<EventStock | null> {
  const cached = jsonCache.get(eventId);
  if (cached && Date.now() - cached.at < JSON_CACHE_MS) return cached.stock;
  const types = await getDb().ticketType.findMany({ where: { eventId, event: { published: true } }, select: { id: true } });
  if (types.length === 0) return null;
  const availability = await getAvailability({ ticketTypeIds: types.map((t) => t.id) });
  const stock: EventStock = {};
  for (const [id, a] of availability) {
    stock[id] = { available: a.available, held: a.held, capacity: a.capacity };
    remember(id, a.available, false);
  }
  jsonCache.set(eventId, { stock, at: Date.now() });
  return stock;
}
const jsonCache = new Map<string, { stock: EventStock; at: number }>();

/**
 * The first of these ticket types this process knows to be sold out right now: pushed by the database to a live
 * feed, or learnt from a reserve answer less than a second ago. Undefined when none is known to be.
 */
export function findKnownSoldOut(ticketTypeIds: string[]): string | undefined {
  const now = Date.now();
  return ticketTypeIds.find((id) => {
    const known = feed.known.get(id);
    if (!known || known.available > 0) return false;
    return (known.isPushed && feed.isLive && feed.roomsByType.get(id)?.size) || now - known.at <= SOLD_OUT_TTL_MS;
  });
}

/** Records stock a reserve answer revealed (e.g. "sold out"), unless a live feed already tracks that ticket type. */
export function rememberStock(ticketTypeId: string, available: number): void {
  const known = feed.known.get(ticketTypeId);
  if (known?.isPushed && feed.isLive && feed.roomsByType.get(ticketTypeId)?.size) return;
  remember(ticketTypeId, available, false);
}

function remember(ticketTypeId: string, available: number, isPushed: boolean) {
  if (feed.known.size > 10_000) feed.known.clear(); // a bound, not an eviction policy: misses only cost a query
  feed.known.set(ticketTypeId, { available, at: Date.now(), isPushed });
}

function startFeed() {
  if (feed.stopListening || feed.poller) return;
  const database = getDatabase();
  if (database.listen) {
    feed.stopListening = database.listen("seat_changed", {
      onNotify: (payload) => {
        if (payload === "*") markAllDirty();
        for (const id of payload.split(",")) for (const eventId of feed.roomsByType.get(id) ?? []) markDirty(eventId);
      },
      onGap: () => {
        feed.isLive = true;
        markAllDirty();
      },
    });
  }
  // Holds made by other processes are not pushed; without LISTEN nothing is.
  feed.poller = setInterval(markAllDirty, POLL_MS);
  feed.poller.unref();
  feed.heartbeat = setInterval(() => {
    for (const room of feed.rooms.values()) for (const send of room.subscribers) send(PING);
  }, HEARTBEAT_MS);
  feed.heartbeat.unref();
}

function stopFeed() {
  feed.stopListening?.();
  feed.stopListening = null;
  feed.isLive = false;
  if (feed.poller) clearInterval(feed.poller);
  if (feed.heartbeat) clearInterval(feed.heartbeat);
  feed.poller = feed.heartbeat = null;
  // Nothing is pushed any more: what was pushed may only be trusted for the usual second.
  for (const known of feed.known.values()) known.isPushed = false;
}

function markAllDirty() {
  for (const eventId of feed.rooms.keys()) markDirty(eventId);
}

function markDirty(eventId: string) {
  const room = feed.rooms.get(eventId);
  if (!room) return;
  room.dirty = true;
  scheduleFlush();
}

// Coalesces bursts: a sale changes seats hundreds of times a second, watchers get at most 2 messages a second.
function scheduleFlush() {
  if (feed.timer || feed.isFlushing) return;
  const wait = Math.max(FLUSH_DELAY_MS, feed.lastFlush + FLUSH_SPACING_MS - Date.now());
  feed.timer = setTimeout(() => {
    feed.timer = null;
    void flush();
  }, wait);
}

async function flush() {
  const dirty = [...feed.rooms].filter(([, room]) => room.dirty).map(([eventId]) => eventId);
  if (dirty.length === 0) return;
  feed.isFlushing = true;
  const started = Date.now();
  try {
    // Spacing counts from the last flush that wrote to watchers: the poll's re-reads that find nothing new must
    // not hold back seats that come back a moment later.
    if (await readStock(dirty)) feed.lastFlush = started;
  } catch (error) {
    console.error("stock feed: could not read stock", error);
    for (const eventId of dirty) {
      const room = feed.rooms.get(eventId);
      if (room) room.dirty = true;
    }
  } finally {
    feed.isFlushing = false;
  }
  if ([...feed.rooms.values()].some((room) => room.dirty)) scheduleFlush();
}

// Re-reads the stock of these events in one query and sends what changed; true when it sent anything.
async function readStock(eventIds: string[]): Promise<boolean> {
  const rooms = eventIds.flatMap((eventId) => {
    const room = feed.rooms.get(eventId);
    if (room) room.dirty = false;
    return room ? [room] : [];
  });
  const availability = await getAvailability({ ticketTypeIds: rooms.flatMap((room) => room.ticketTypeIds) });
  let hasSent = false;
  for (const room of rooms) {
    const stock: EventStock = {};
    for (const id of room.ticketTypeIds) {
      const a = availability.get(id);
      if (!a) continue;
      stock[id] = { available: a.available, held: a.held, capacity: a.capacity };
      remember(id, a.available, feed.isLive);
    }
    const message = `data: ${JSON.stringify({ ticketTypes: stock })}\n\n`;
    if (message === room.last) continue;
    room.last = message;
    const chunk = encoder.encode(message);
    for (const send of room.subscribers) send(chunk);
    hasSent = true;
  }
  return hasSent;
}
