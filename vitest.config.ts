import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = import.meta.dirname;
const shared = {
  resolve: { alias: { "@": root, "server-only": path.join(root, "lib/testing/server-only-stub.ts") } },
};

// lib/ runs once on embedded PGlite and, when TEST_DATABASE_URL names a real PostgreSQL, once more there
// (each test file gets a fresh database either way). The emulator needs no database.
const databaseProject = (name: "pglite" | "postgres"): TestProjectInlineConfiguration => ({
  ...shared,
  test: {
    name,
    include: ["lib/**/*.test.ts"],
    setupFiles: ["lib/testing/setup-database.ts"],
    env: { TEST_DATABASE_KIND: name },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    pool: "forks",
    projects: [
      databaseProject("pglite"),
      ...(process.env.TEST_DATABASE_URL ? [databaseProject("postgres")] : []),
      { ...shared, test: { name: "emulator", include: ["emulator/**/*.test.ts"], testTimeout: 30_000 } },
      { ...shared, test: { name: "scripts", include: ["scripts/**/*.test.ts"] } },
      { ...shared, test: { name: "i18n", include: ["i18n/**/*.test.ts", "components/**/*.test.ts"] } },
    ],
  },
});
