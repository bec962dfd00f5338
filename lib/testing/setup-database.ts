// Vitest setup for lib/: every test file gets a fresh, migrated database — in-memory PGlite, or a new
// database on the PostgreSQL named by TEST_DATABASE_URL (dropped afterwards).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { applyMigrations } from "../apply-migrations";
import { closeDatabase, getDatabase } from "../db";
import { runAdminQuery } from "../run-admin-query";

const kind = process.env.TEST_DATABASE_KIND;
let createdDatabase: { adminUrl: string; name: string } | undefined;

beforeAll(async () => {
  if (kind === "postgres") {
    const adminUrl = process.env.TEST_DATABASE_URL!;
    const name = `box_office_test_${randomBytes(5).toString("hex")}`;
    await runAdminQuery(adminUrl, `CREATE DATABASE "${name}"`);
    // A test database is thrown away afterwards: a commit need not wait for its WAL to reach the disk. Transactions
    // stay atomic and isolated (what the tests check); only crash durability is given up, and a write then costs
    // the database about half the CPU and a fifth of the wait.
    await runAdminQuery(adminUrl, `ALTER DATABASE "${name}" SET synchronous_commit = off`);
    createdDatabase = { adminUrl, name };
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
  } else {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = "memory://";
  }
  await applyMigrations(getDatabase());
});

afterAll(async () => {
  await closeDatabase();
  if (createdDatabase) {
    await runAdminQuery(createdDatabase.adminUrl, `DROP DATABASE IF EXISTS "${createdDatabase.name}" WITH (FORCE)`);
  }
});
