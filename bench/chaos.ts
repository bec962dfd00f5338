// npm run bench:chaos — the long run of the randomized checkout races (lib/checkout/checkout-races.test.ts):
// CHAOS_RUNS random schedules (default 50,000) in CHAOS_BATCHES parallel batches against a real PostgreSQL, then
// the negative control. Prints schedules, steps, sessions, outcomes, time and CPU per schedule, with a progress
// line every CHAOS_PROGRESS schedules (a rate that falls as the run goes on means a cost that grows with the
// database). Needs TEST_DATABASE_URL (or the local server). Seed with CHAOS_SEED to replay a run.
import { spawnSync } from "node:child_process";

const env = {
  ...process.env,
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  RACE_RUNS: process.env.CHAOS_RUNS ?? "50000",
  RACE_BATCHES: process.env.CHAOS_BATCHES ?? "8",
  ...(process.env.CHAOS_SEED ? { RACE_SEED: process.env.CHAOS_SEED } : {}),
  RACE_PROGRESS: process.env.CHAOS_PROGRESS ?? "1000",
};
console.log(`bench:chaos — ${env.RACE_RUNS} schedules in ${env.RACE_BATCHES} batches`);
const result = spawnSync("npx", ["vitest", "run", "--project", "postgres", "lib/checkout/checkout-races.test.ts"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
