// npm run dev — the storefront with demo data, no keys and no database server needed: migrates and seeds the
// configured database (embedded PGlite by default), then starts Next.js.
import { spawn } from "node:child_process";
import { applyMigrations } from "../lib/apply-migrations";
import { closeDatabase, getDatabase } from "../lib/db";
import { getEnv } from "../lib/env";

const env = getEnv();
await applyMigrations(getDatabase());
// PGlite is one process at a time: close it before the seed and Next.js open it.
await closeDatabase();
await run("npx", ["tsx", "prisma/seed.ts"]);

const port = new URL(env.APP_URL).port || "3000";
const next = spawn("npx", ["next", "dev", "--port", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: process.env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`))));
  });
}
