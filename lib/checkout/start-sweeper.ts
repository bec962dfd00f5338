import { sendDueMail } from "../mail/send-due-mail";
import { takeJobLease } from "../take-job-lease";
import { reconcileCheckoutSessions } from "./reconcile-checkout-sessions";
import { sweepExpiredHolds } from "./sweep-expired-holds";

// The reconciler lists sessions from Stripe, which costs API calls: one instance at a time, every 5 minutes.
const RECONCILE_LEASE_SECONDS = 300;

/**
 * The in-process sweeper: ends expired holds and sends the mail outbox every `intervalSeconds`, and reconciles
 * when this instance holds the reconcile lease. Every instance may run one; all their effects are idempotent. Returns a stop function.
 */
export function startSweeper({ intervalSeconds }: { intervalSeconds: number }): () => void {
  let isRunning = false;
  const run = async () => {
    // Mail goes out even when sweeping fails this round (e.g. Stripe unreachable).
    await sendDueMail().catch((error: unknown) => console.error("sweeper: sending mail failed", error));
    await sweepExpiredHolds();
    if (await takeJobLease({ name: "reconcile-checkout-sessions", seconds: RECONCILE_LEASE_SECONDS })) {
      await reconcileCheckoutSessions();
    }
  };
  const timer = setInterval(() => {
    if (isRunning) return;
    isRunning = true;
    run()
      .catch((error: unknown) => console.error("sweeper: run failed", error))
      .finally(() => (isRunning = false));
  }, intervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
