// npm run sweep — for cron: ends holds past their end (expiring their Checkout Sessions first) and reconciles
// recent sessions, then sends the mail outbox. Safe on several machines at once: every effect is idempotent.
import { reconcileCheckoutSessions } from "../lib/checkout/reconcile-checkout-sessions";
import { sweepExpiredHolds } from "../lib/checkout/sweep-expired-holds";
import { closeDatabase } from "../lib/db";
import { runCommand } from "./run-command";

const swept = await sweepExpiredHolds({ limit: 1000 });
const reconciled = await reconcileCheckoutSessions();
console.log(`sweep: released ${swept.released}, fulfilled ${swept.fulfilled + reconciled.fulfilled}, failed ${swept.failed}`);
await closeDatabase();
// PGlite is one process at a time: the mail step opens the database after this process closed it.
const mailed = await runCommand("npx", ["tsx", "scripts/send-mail.ts"]).then(
  () => true,
  () => false,
);
if (swept.failed || !mailed) process.exitCode = 1;
