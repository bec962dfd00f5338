// npm run sweep (second step) — sends the mail outbox's due rows. Runs without the react-server condition,
// which React Email's renderer (react-dom/server) needs. Safe on several machines at once.
import { closeDatabase } from "../lib/db";
import { sendDueMail } from "../lib/mail/send-due-mail";

let total = { sent: 0, failed: 0, skipped: 0 };
// Drain what is due now, in batches, without looping on rows that keep failing (they back off).
for (;;) {
  const batch = await sendDueMail({ limit: 50 });
  total = { sent: total.sent + batch.sent, failed: total.failed + batch.failed, skipped: total.skipped + batch.skipped };
  if (batch.sent + batch.failed + batch.skipped < 50) break;
}
console.log(`mail: sent ${total.sent}, failed ${total.failed}, nothing to send ${total.skipped}`);
await closeDatabase();
if (total.failed) process.exitCode = 1;
