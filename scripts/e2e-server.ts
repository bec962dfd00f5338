// The server the browser tests run against: a fresh embedded database with the demo data and a production
// build of the app (`next build` must have run; `npm test` does it).
import { spawn } from "node:child_process";
import fs from "node:fs";
import { applyMigrations } from "../lib/apply-migrations";
import { closeDatabase, getDatabase } from "../lib/db";

const dataDir = ".data/e2e";
fs.rmSync(dataDir, { recursive: true, force: true });
process.env.PGLITE_DATA_DIR = `${dataDir}/pglite`;
delete process.env.DATABASE_URL;

await applyMigrations(getDatabase());
await closeDatabase();
await new Promise<void>((resolve, reject) => {
  const seed = spawn("npx", ["tsx", "prisma/seed.ts"], { stdio: "inherit", env: process.env });
  seed.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seed exited ${code}`))));
});

const port = process.env.E2E_PORT ?? "3100";
const app = spawn("npx", ["next", "start", "--port", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => app.kill(signal));
app.on("exit", (code) => process.exit(code ?? 0));
