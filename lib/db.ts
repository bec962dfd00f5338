// One database client per process: a real PostgreSQL through adapter-pg when DATABASE_URL is set, otherwise
// embedded PGlite under .data/. PGlite is one connection in one process, so the client is a global singleton
// that also survives Next.js hot reloads.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client";
import { getEnv } from "./env";

/** A raw connection for tooling (migrations, benchmarks): `exec` runs multi-statement scripts. */
export type RawConnection = {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<void>;
};

export type Database = {
  prisma: PrismaClient;
  withRawConnection<T>(fn: (connection: RawConnection) => Promise<T>): Promise<T>;
  kind: "postgres" | "pglite";
  /**
   * LISTENs on `channel`, calling `onNotify` with each payload: on PostgreSQL over one dedicated connection; on
   * PGlite (one process, so every writer is this process) on its own connection. After every (re)connect `onGap`
   * is called, since notifications sent while disconnected are lost. Returns a stop function. Null where a
   * database cannot notify (callers then poll).
   */
  listen: ((channel: string, handlers: ListenHandlers) => () => void) | null;
  close(): Promise<void>;
};

/** `onDrop`: the connection was lost (notifications may be missed until the next `onGap`). */
export type ListenHandlers = { onNotify(payload: string): void; onGap(): void; onDrop?(): void };

const globalForDb = globalThis as unknown as { boxOfficeDatabase?: Database };

/** Opens a database client for a URL (postgres) or a PGlite data directory (`memory://` for tests). */
export function openDatabase(target: { url: string } | { dataDir: string }): Database {
  if ("url" in target) {
    const adapter = new PrismaPg({ connectionString: target.url, max: 20 });
    const prisma = new PrismaClient({ adapter });
    return {
      prisma,
      kind: "postgres",
      withRawConnection: async (fn) => {
        const client = new pg.Client({ connectionString: target.url });
        await client.connect();
        try {
          return await fn({
            query: async <T,>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as T[] }),
            exec: async (sql) => {
              await client.query(sql);
            },
          });
        } finally {
          await client.end();
        }
      },
      listen: (channel, handlers) => listenOn(target.url, channel, handlers),
      close: () => prisma.$disconnect(),
    };
  }
  // PGlite's mkdir is not recursive: make the parent first.
  if (!target.dataDir.startsWith("memory://")) fs.mkdirSync(path.dirname(path.resolve(target.dataDir)), { recursive: true });
  const pglite = new PGlite(target.dataDir);
  // pglite-prisma-adapter 0.6 is typed against driver-adapter-utils 6.10; the 6.19 interface it meets at run
  // time is compatible (our tests run every query through it), only the declared types differ.
  const adapter = new PrismaPGlite(pglite) as unknown as PrismaPg;
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    kind: "pglite",
    listen: (channel, handlers) => {
      let stopped = false;
      let unlisten: (() => Promise<void>) | null = null;
      pglite
        .listen(channel, (payload) => handlers.onNotify(payload))
        .then((stop) => {
          if (stopped) return stop();
          unlisten = stop;
          handlers.onGap();
        })
        .catch((error: unknown) => console.error(`database: could not listen on ${channel}`, error));
      return () => {
        stopped = true;
        unlisten?.().catch(() => undefined);
      };
    },
    withRawConnection: (fn) =>
      fn({
        query: async (sql, params) => ({ rows: (await pglite.query(sql, params)).rows as never[] }),
        exec: async (sql) => {
          await pglite.exec(sql);
        },
      }),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/** The process-wide database, opened on first use from the validated configuration. */
export function getDatabase(): Database {
  if (!globalForDb.boxOfficeDatabase) {
    const env = getEnv();
    globalForDb.boxOfficeDatabase = openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DATA_DIR });
  }
  return globalForDb.boxOfficeDatabase;
}

/** The Prisma client of the process-wide database. */
export function getDb(): PrismaClient {
  return getDatabase().prisma;
}

/** Closes the process-wide database (scripts and tests). */
export async function closeDatabase(): Promise<void> {
  const database = globalForDb.boxOfficeDatabase;
  globalForDb.boxOfficeDatabase = undefined;
  await database?.close();
}

// One connection per listener, reconnecting a second after it drops (the pool's connections are for queries).
function listenOn(url: string, channel: string, handlers: ListenHandlers): () => void {
  let stopped = false;
  let current: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;
  const connect = () => {
    const client = new pg.Client({ connectionString: url, application_name: `box-office listen ${channel}` });
    current = client;
    const drop = () => {
      if (current !== client) return;
      current = null;
      client.end().catch(() => undefined);
      handlers.onDrop?.();
      if (!stopped) retry = setTimeout(connect, 1000);
    };
    client.on("notification", (message) => {
      if (message.channel === channel) handlers.onNotify(message.payload ?? "");
    });
    client.on("error", drop);
    client.on("end", drop);
    client
      .connect()
      .then(() => client.query(`LISTEN "${channel.replace(/"/g, '""')}"`))
      .then(() => {
        if (current === client) handlers.onGap();
      })
      .catch(drop);
  };
  connect();
  return () => {
    stopped = true;
    clearTimeout(retry);
    const client = current;
    current = null;
    client?.end().catch(() => undefined);
  };
}
