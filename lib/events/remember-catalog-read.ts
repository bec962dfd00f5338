// Event pages read the same event, ticket types and prices on every render, though they change only when an
// organiser, a catalog webhook or a script edits them. This process keeps those reads and drops them all when the
// database says the catalog changed (`catalog_changed`, sent by triggers on event, ticket_type, catalog_price and
// catalog_product — whichever process made the change). Stock is never kept here: it is read per render and pushed
// by the stock feed. Until the listener is connected (and for a moment after it drops) nothing is kept, so a change
// can never be missed; MAX_AGE_MS bounds how long an entry lives even so.
import { getDatabase, type Database } from "../db";

const MAX_AGE_MS = 5 * 60_000;
const MAX_ENTRIES = 1000;

type Entry = { value: Promise<unknown>; at: number };
type Cache = { entries: Map<string, Entry>; isListening: boolean; stop: (() => void) | null; database: Database | null };
const globalForCache = globalThis as unknown as { boxOfficeCatalogCache?: Cache };
const cache: Cache = (globalForCache.boxOfficeCatalogCache ??= { entries: new Map(), isListening: false, stop: null, database: null });

/** `load()`'s answer for `key`, from this process's memory while the catalog has not changed since it was read. */
export function rememberCatalogRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  startListening();
  if (!cache.isListening) return load();
  const entry = cache.entries.get(key);
  if (entry && Date.now() - entry.at < MAX_AGE_MS) return entry.value as Promise<T>;
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.clear(); // a bound, not an eviction policy
  const value = load();
  cache.entries.set(key, { value, at: Date.now() });
  // A failed read is not kept.
  value.catch(() => {
    if (cache.entries.get(key)?.value === value) cache.entries.delete(key);
  });
  return value;
}

/** Drops every kept read (the trigger does this on change; tests and scripts may call it too). */
export function forgetCatalogReads(): void {
  cache.entries.clear();
}

function startListening() {
  const database = getDatabase();
  if (cache.database === database) return;
  // A new database client (tests open several in turn): what was kept belongs to the old one.
  cache.stop?.();
  forgetCatalogReads();
  cache.isListening = false;
  cache.database = database;
  if (!database.listen) {
    cache.stop = null;
    return;
  }
  const isCurrent = () => cache.database === database;
  cache.stop = database.listen("catalog_changed", {
    // Reads already under way when the change arrives are dropped with the rest (they may predate it).
    onNotify: () => isCurrent() && forgetCatalogReads(),
    onGap: () => {
      if (!isCurrent()) return;
      forgetCatalogReads();
      cache.isListening = true;
    },
    onDrop: () => {
      if (!isCurrent()) return;
      cache.isListening = false;
      forgetCatalogReads();
    },
  });
}
