import { getDb } from "./db";

/**
 * Takes the named job for `seconds` if no instance holds it: one statement, so of many instances asking at
 * once exactly one gets it. For background jobs whose cost is external (Stripe API calls), not correctness.
 */
export async function takeJobLease({ name, seconds }: { name: string; seconds: number }): Promise<boolean> {
  const rows = await getDb().$queryRaw<{ name: string }[]>`
    INSERT INTO job_lease (name, leased_till) VALUES (${name}, now() + make_interval(secs => ${seconds}))
    ON CONFLICT (name) DO UPDATE SET leased_till = EXCLUDED.leased_till WHERE job_lease.leased_till <= now()
    RETURNING name`;
  return rows.length > 0;
}
