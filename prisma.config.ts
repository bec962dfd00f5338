// Prisma CLI configuration. The CLI runs Rust-free (engine "js" + a driver adapter) because the native
// schema-engine binary cannot be downloaded on our machines; see scripts/prisma.ts and README.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrateAdapter } from "./scripts/create-migrate-adapter";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: () => Promise.resolve(createMigrateAdapter(process.env.DATABASE_URL ?? "")),
});
