// npm run db:deploy — applies the committed migrations to the configured database (PGlite or PostgreSQL).
import { applyMigrations } from "../lib/apply-migrations";
import { closeDatabase, getDatabase } from "../lib/db";

const applied = await applyMigrations(getDatabase());
console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
await closeDatabase();
