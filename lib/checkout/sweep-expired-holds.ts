import { getEnv } from "../env";
import { claimExpiredHolds, type ExpiredHold } from "../inventory";
import { endCheckout, type EndCheckoutResult } from "./end-checkout";

export type SweepReport = { released: number; fulfilled: number; failed: number };

/**
 * Ends holds past their end: expires each one's Checkout Session, then releases (or fulfils, if it was paid;
 * or re-checks a delayed payment). Several sweepers may run at once (instances, cron): each claims its own
 * holds, and each effect happens once. Holds are worked on `SWEEP_CONCURRENCY` at a time and every Stripe call
 * has a timeout, so one slow or hanging session never holds up the others. A hold that fails is retried by a
 * later sweep. Logs what it did.
 */
export async function sweepExpiredHolds({ limit = 200 }: { limit?: number } = {}): Promise<SweepReport> {
  const env = getEnv();
  const report: SweepReport = { released: 0, fulfilled: 0, failed: 0 };
  const queue = await claimExpiredHolds({ limit });
  const endOne = async (hold: ExpiredHold) => {
    let result: EndCheckoutResult;
    try {
      result = await endCheckout(hold, "expired", { timeoutMs: env.STRIPE_SWEEP_TIMEOUT_MS });
    } catch (error) {
      report.failed++;
      console.error(`sweep: hold ${hold.holdId} could not be ended; will retry: ${(error as Error).message}`);
      return;
    }
    if (result === "released") report.released++;
    if (result === "fulfilled") report.fulfilled++;
  };
  const worker = async () => {
    for (let hold = queue.shift(); hold; hold = queue.shift()) await endOne(hold);
  };
  await Promise.all(Array.from({ length: Math.min(env.SWEEP_CONCURRENCY, queue.length) }, worker));
  if (report.released || report.fulfilled || report.failed) {
    console.log(`sweep: released ${report.released}, fulfilled ${report.fulfilled}, failed ${report.failed}`);
  }
  return report;
}
