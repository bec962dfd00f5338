import { claimExpiredHolds } from "../inventory";
import { endCheckout } from "./end-checkout";

export type SweepReport = { released: number; fulfilled: number; failed: number };

/**
 * Ends holds past their end: expires each one's Checkout Session, then releases (or fulfils, if it was paid).
 * Several sweepers may run at once (instances, cron): each claims its own holds, and each effect happens
 * once. A hold that fails is retried by a later sweep. Logs what it did.
 */
export async function sweepExpiredHolds({ limit = 200 }: { limit?: number } = {}): Promise<SweepReport> {
  const report: SweepReport = { released: 0, fulfilled: 0, failed: 0 };
  for (const hold of await claimExpiredHolds({ limit })) {
    try {
      const result = await endCheckout(hold);
      if (result === "released") report.released++;
      if (result === "fulfilled") report.fulfilled++;
    } catch (error) {
      report.failed++;
      console.error(`sweep: hold ${hold.holdId} could not be ended; will retry`, error);
    }
  }
  if (report.released || report.fulfilled || report.failed) {
    console.log(`sweep: released ${report.released}, fulfilled ${report.fulfilled}, failed ${report.failed}`);
  }
  return report;
}
