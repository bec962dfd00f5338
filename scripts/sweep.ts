// npm run sweep — for cron: ends holds past their end (expiring their Checkout Sessions first) and reconciles
// recent sessions, then sends the mail outbox. Safe on several machines at once: every effect is idempotent.
import { reconcileCheckoutSessions } from "../lib/checkout/reconcile-checkout-sessions";
import { sweepExpiredHolds } from "../lib/checkout/sweep-expired-holds";
import { closeDatabase } from "../lib/db";
import { runCommand } from "./run-command";

let isSwept = false;
try {
  const swept = await sweepExpiredHolds({ limit: 1000 });
  const reconciled = await reconcileCheckoutSessions();
  console.log(`sweep: released ${swept.released}, fulfilled ${swept.fulfilled + reconciled.fulfilled}, failed ${swept.failed}`);
  isSwept = swept.failed === 0;
} catch (error) {
  // Mail still goes out when Stripe cannot be reached.
  console.error("sweep: failed", error);
} finally {
  await closeDatabase();
}
// A separate process: PGlite is one process at a time, and React Email's renderer needs Node's default
// conditions (this script runs with react-server).
const isMailed = await runCommand("npx", ["tsx", "scripts/send-mail.ts"]).then(
  () => true,
  () => false,
);
if (!isSwept || !isMailed) process.exitCode = 1;
