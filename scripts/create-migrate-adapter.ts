// The driver adapter the Prisma CLI migrates through, with fixes for two Prisma 6.19 bugs on PostgreSQL.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { runAdminQuery } from "../lib/run-admin-query";

// Bug 1 (prisma/orm#27403): the schema engine reads catalog columns of internal types (name, char, regclass, …)
// that adapter-pg cannot map. Report them as text so introspection works.
const INTERNAL_TO_TEXT: Record<number, number> = {
  18: 25, 19: 25, 22: 25, 24: 25, 30: 25, 194: 25, 2205: 25, 1002: 1009, 1003: 1009,
};

type Queryable = { query: (...args: unknown[]) => unknown };
let patched = false;

function patchInternalTypes() {
  if (patched) return;
  patched = true;
  for (const proto of [pg.Pool.prototype, pg.Client.prototype] as unknown as Queryable[]) {
    const original = proto.query;
    proto.query = function patchedQuery(this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      if (!(result instanceof Promise)) return result;
      return result.then((res: { fields?: { dataTypeID: number }[] }) => {
        for (const field of res?.fields ?? []) field.dataTypeID = INTERNAL_TO_TEXT[field.dataTypeID] ?? field.dataTypeID;
        return res;
      });
    };
  }
}

type ScriptAdapter = { client: { query: (sql: string) => Promise<unknown> }; executeScript(sql: string): Promise<void> };

// Bug 3: adapter-pg's executeScript splits a migration on every ";", which breaks function bodies ($$ … $$).
// PostgreSQL runs a multi-statement script itself in one simple query, so send it whole.
function runScriptsWhole<T extends object>(adapter: T, onDispose?: () => Promise<void>): T {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "executeScript") {
        return async (sql: string) => {
          await (target as unknown as ScriptAdapter).client.query(sql);
        };
      }
      if (prop === "dispose" && onDispose) {
        return async () => {
          await (target as unknown as { dispose(): Promise<void> }).dispose();
          await onDispose();
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

// Bug 2: PrismaPg#connectToShadowDb reuses the main database as "shadow" and drops it. Ours makes a uniquely
// named shadow database and drops it only after its pool is closed.
class MigratePg extends PrismaPg {
  constructor(private readonly url: string) {
    super({ connectionString: url });
  }

  async connectToShadowDb() {
    const name = `prisma_shadow_${randomBytes(6).toString("hex")}`;
    await runAdminQuery(this.url, `CREATE DATABASE "${name}"`);
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${name}`;
    const inner = await new PrismaPg({ connectionString: shadowUrl.toString() }).connect();
    const url = this.url;
    // Proxies, not copies: the adapter keeps its state in private fields that a copy would lose.
    return runScriptsWhole(inner, () => runAdminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }

  async connect() {
    return runScriptsWhole(await super.connect());
  }
}

export function createMigrateAdapter(url: string) {
  patchInternalTypes();
  return new MigratePg(url);
}
