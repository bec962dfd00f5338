import { getDb } from "../db";

/** The database's clock: the one clock every hold decision (ends, countdowns, Stripe's bounds) is read from. */
export async function getDbNow(): Promise<Date> {
  const rows = await getDb().$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
  return new Date(rows[0]!.now);
}
