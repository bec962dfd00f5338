// npm run sweep — releases holds whose end has passed. Safe to run from cron on several machines at once:
// releasing is one conditional statement, so a hold is released once whoever gets there first.
// (Until Checkout is wired in, an ended hold has no session to expire, so it is released directly.)
import { closeDatabase } from "../lib/db";
import { findExpiredHolds, releaseHold } from "../lib/inventory";

let released = 0;
for (const hold of await findExpiredHolds({ limit: 500 })) {
  if (await releaseHold({ holdId: hold.holdId, reason: "expired" })) released++;
}
console.log(`sweep: released ${released} hold(s)`);
await closeDatabase();
