// npm run sweep — for cron: ends holds past their end (expiring their Checkout Sessions first) and reconciles
// recent sessions. Safe on several machines at once: every effect is idempotent.
import { reconcileCheckoutSessions } from "../lib/checkout/reconcile-checkout-sessions";
import { sweepExpiredHolds } from "../lib/checkout/sweep-expired-holds";
import { closeDatabase } from "../lib/db";

const swept = await sweepExpiredHolds({ limit: 1000 });
const reconciled = await reconcileCheckoutSessions();
console.log(`sweep: released ${swept.released}, fulfilled ${swept.fulfilled + reconciled.fulfilled}, failed ${swept.failed}`);
await closeDatabase();
if (swept.failed) process.exitCode = 1;
