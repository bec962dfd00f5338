// Runs the Prisma CLI with DATABASE_URL always set: without it the CLI falls back to the native engine and
// tries to download it, which fails offline. `generate` never connects, so a placeholder is enough.
import { spawnSync } from "node:child_process";

const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost:5432/box_office" };
const result = spawnSync("npx", ["prisma", ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
