import { reconcileCheckoutSessions } from "./reconcile-checkout-sessions";
import { sweepExpiredHolds } from "./sweep-expired-holds";

// The reconciler lists sessions from Stripe, which costs API calls: run it every tenth sweep.
const RECONCILE_EVERY = 10;

/**
 * The in-process sweeper: ends expired holds every `intervalSeconds` and reconciles now and then. Every
 * instance may run one; all their effects are idempotent. Returns a function that stops it.
 */
export function startSweeper({ intervalSeconds }: { intervalSeconds: number }): () => void {
  let runs = 0;
  let isRunning = false;
  const timer = setInterval(() => {
    if (isRunning) return;
    isRunning = true;
    const reconcile = runs++ % RECONCILE_EVERY === RECONCILE_EVERY - 1;
    void sweepExpiredHolds()
      .then(() => (reconcile ? reconcileCheckoutSessions() : undefined))
      .catch((error: unknown) => console.error("sweeper: run failed", error))
      .finally(() => (isRunning = false));
  }, intervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
