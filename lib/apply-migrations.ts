// Applies the committed migrations in prisma/migrations to PGlite or PostgreSQL, recording them in Prisma's own
// `_prisma_migrations` table so `prisma migrate dev`/`deploy` agree with what was applied here. We apply them
// ourselves because the Prisma CLI's PGlite shadow database cannot run multi-statement migrations, and because
// tests create many short-lived databases where starting the CLI each time would cost seconds.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "./db";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
// Any constant: serialises concurrent deploys against one PostgreSQL.
const MIGRATION_LOCK_KEY = 72_707_369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Applies every committed migration not yet applied; returns the names it applied. */
export async function applyMigrations(database: Database): Promise<string[]> {
  const migrations = fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  return database.withRawConnection(async (connection) => {
    if (database.kind === "postgres") await connection.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await connection.exec(CREATE_TABLE);
      const { rows } = await connection.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
      const done: string[] = [];
      for (const name of migrations) {
        const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
        const checksum = createHash("sha256").update(sql).digest("hex");
        const appliedChecksum = applied.get(name);
        if (appliedChecksum) {
          if (appliedChecksum !== checksum) throw new Error(`Migration ${name} was edited after it was applied.`);
          continue;
        }
        // The record goes in the migration's own transaction: applied and recorded, or neither.
        const record = `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
          VALUES ('${randomUUID()}', '${checksum}', now(), '${name.replace(/'/g, "''")}', 1);`;
        await connection.exec(`BEGIN;\n${sql}\n;\n${record}\nCOMMIT;`).catch(async (error: unknown) => {
          await connection.exec("ROLLBACK").catch(() => undefined);
          throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
        });
        done.push(name);
      }
      return done;
    } finally {
      if (database.kind === "postgres") await connection.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  });
}
