// npm run db:migrate -- --name <change> — authors a migration from schema.prisma against a real PostgreSQL
// (DATABASE_URL). Committed migrations are applied first by our own applier: Prisma 6.19's WASM schema engine
// fails ("shadow DB must be provided through an external factory") when `migrate dev` has to apply pending
// migrations itself, but diffs and creates new ones fine once the database is up to date.
import { spawnSync } from "node:child_process";
import { applyMigrations } from "../lib/apply-migrations";
import { closeDatabase, getDatabase } from "../lib/db";
import { getEnv } from "../lib/env";

if (!getEnv().DATABASE_URL) {
  console.error("db:migrate needs DATABASE_URL=postgresql://… (migrations are authored against a real PostgreSQL).");
  process.exit(1);
}
await applyMigrations(getDatabase());
await closeDatabase();
const result = spawnSync("npx", ["tsx", "scripts/prisma.ts", "migrate", "dev", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
