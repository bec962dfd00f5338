import { applyMigrations } from "../lib/apply-migrations";
import { closeDatabase, getDatabase } from "../lib/db";
import { runCommand } from "./run-command";

/** Brings the configured database up to date and seeds it, leaving it closed for the next process to open. */
export async function migrateAndSeed(): Promise<void> {
  await applyMigrations(getDatabase());
  // PGlite is one process at a time: close it before the seed and Next.js open it.
  await closeDatabase();
  await runCommand("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);
}
