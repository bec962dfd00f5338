import pg from "pg";

/** One statement on its own short-lived connection (CREATE/DROP DATABASE cannot run inside a pool's transaction). */
export async function runAdminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
