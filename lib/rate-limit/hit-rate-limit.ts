import { getDb } from "../db";

/**
 * Counts one request against `key` in the current fixed window of `windowSeconds` and says whether it is within
 * `limit`. One statement on a shared table, so the limit holds across every app instance. Old windows are
 * pruned now and then by the callers' own traffic.
 */
export async function hitRateLimit({ key, limit, windowSeconds }: { key: string; limit: number; windowSeconds: number }): Promise<boolean> {
  const db = getDb();
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_hit (key, window_start, count)
    VALUES (${key}, to_timestamp(floor(extract(epoch FROM now()) / ${windowSeconds}) * ${windowSeconds}), 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_hit.count + 1
    RETURNING count`;
  if (Math.random() < 0.02) await db.$executeRaw`DELETE FROM rate_limit_hit WHERE window_start < now() - interval '2 days'`;
  return (rows[0]?.count ?? Infinity) <= limit;
}
