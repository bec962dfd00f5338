import { getNextSweepAt } from "../inventory";
import { sendDueMail } from "../mail/send-due-mail";
import { takeJobLease } from "../take-job-lease";
import { reconcileCheckoutSessions } from "./reconcile-checkout-sessions";
import { onHoldCreated } from "./signal-hold-created";
import { sweepExpiredHolds } from "./sweep-expired-holds";

// The reconciler lists sessions from Stripe, which costs API calls: one instance at a time, every 5 minutes.
const RECONCILE_LEASE_SECONDS = 300;
// A wake is never sooner than this after the last one (holds ending together are swept together), nor earlier
// than a hold's end plus this margin (the two clocks are related to within a few milliseconds).
const MIN_GAP_MS = 100;
const MARGIN_MS = 20;

/**
 * The in-process sweeper. It sleeps until the next hold ends (asking the database after each sweep), wakes sooner
 * when this process makes a hold that ends earlier, and otherwise checks at least every `intervalSeconds` (the
 * safety net for holds made by other processes or scripts, for sweeps that failed, and for the mail outbox, which
 * every run sends). No polling in between.
 * Every instance may run one: holds are claimed with SKIP LOCKED, and all effects are idempotent. Reconciling
 * runs on the instance holding the reconcile lease. Returns a stop function.
 */
export function startSweeper({ intervalSeconds }: { intervalSeconds: number }): () => void {
  let timer: NodeJS.Timeout | undefined;
  let wakeAt = Infinity;
  let isRunning = false;
  let isStopped = false;
  let lastRunAt = 0;
  let lastLeaseAt = 0;
  let rerun = false;
  // Database clock minus this process's clock, from the last time we asked.
  let skewMs = 0;

  const schedule = (at: number) => {
    if (isStopped) return;
    const when = Math.max(at, lastRunAt + MIN_GAP_MS, Date.now());
    if (when >= wakeAt && timer) return;
    clearTimeout(timer);
    wakeAt = when;
    timer = setTimeout(run, when - Date.now());
    timer.unref();
  };

  const run = () => {
    timer = undefined;
    wakeAt = Infinity;
    if (isRunning) {
      rerun = true;
      return;
    }
    isRunning = true;
    lastRunAt = Date.now();
    sweepOnce()
      .catch((error: unknown) => console.error("sweeper: run failed", error))
      .finally(async () => {
        isRunning = false;
        let next = Date.now() + intervalSeconds * 1000;
        try {
          const { inMs, dbNow } = await getNextSweepAt();
          skewMs = dbNow.getTime() - Date.now();
          if (inMs !== null) next = Math.min(next, Date.now() + inMs + MARGIN_MS);
        } catch (error) {
          console.error("sweeper: could not read the next hold end", error);
        }
        schedule(rerun ? 0 : next);
        rerun = false;
      });
  };

  const sweepOnce = async () => {
    // Mail goes out even when sweeping fails this round (e.g. Stripe unreachable).
    await sendDueMail().catch((error: unknown) => console.error("sweeper: sending mail failed", error));
    await sweepExpiredHolds();
    if (Date.now() - lastLeaseAt < 60_000) return;
    lastLeaseAt = Date.now();
    if (await takeJobLease({ name: "reconcile-checkout-sessions", seconds: RECONCILE_LEASE_SECONDS })) {
      await reconcileCheckoutSessions();
    }
  };

  const unsubscribe = onHoldCreated((expiresAt) => schedule(expiresAt.getTime() - skewMs + MARGIN_MS));
  schedule(Date.now() + 1000);
  return () => {
    isStopped = true;
    unsubscribe();
    clearTimeout(timer);
  };
}
