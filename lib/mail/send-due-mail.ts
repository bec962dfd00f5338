import type { Transporter } from "nodemailer";
import { getDb } from "../db";
import { getEnv } from "../env";
import { claimDueMail, type ClaimedMail } from "./claim-due-mail";
import { getMailTransport } from "./get-mail-transport";
import { renderOutboxMail } from "./render-outbox-mail";

// 30 s, 2 min, 8 min, 32 min, ~2 h, then every 6 h; after the last attempt a row is marked failed for a person to see.
export const MAX_ATTEMPTS = 8;
const retryDelaySeconds = (attempts: number) => Math.min(30 * 4 ** (attempts - 1), 6 * 3600);

let hasWarnedNoSmtp = false;

/**
 * Sends the outbox's due mail. Safe on any number of instances at once: each row is claimed by exactly one
 * sender (see claimDueMail), marked sent once SMTP accepted it, and otherwise retried later with back-off.
 * The Message-ID is fixed per row, so even a resend after a crash mid-send is recognisable as the same mail.
 */
export async function sendDueMail({ limit = 20, transport = getMailTransport() }: { limit?: number; transport?: Transporter | null } = {}) {
  const outcome = { sent: 0, failed: 0, skipped: 0 };
  if (!transport) {
    if (!hasWarnedNoSmtp) console.warn("mail: SMTP_URL is not set; mail waits in the outbox until it is.");
    hasWarnedNoSmtp = true;
    return outcome;
  }
  for (const mail of await claimDueMail({ limit })) {
    const result = await sendOne(mail, transport);
    outcome[result] += 1;
  }
  return outcome;
}

async function sendOne(mail: ClaimedMail, transport: Transporter): Promise<"sent" | "failed" | "skipped"> {
  const db = getDb();
  const messageId = mail.messageId ?? `<outbox-${mail.id}@box-office>`;
  try {
    const rendered = await renderOutboxMail(mail);
    if (!rendered) {
      await db.$executeRaw`UPDATE mail_outbox SET sent_at = now(), last_error = 'nothing to send' WHERE id = ${mail.id}::uuid AND sent_at IS NULL`;
      return "skipped";
    }
    await transport.sendMail({ from: getEnv().MAIL_FROM, to: mail.toAddress, messageId, ...rendered });
    await db.$executeRaw`
      UPDATE mail_outbox SET sent_at = now(), message_id = ${messageId}, last_error = NULL
      WHERE id = ${mail.id}::uuid AND sent_at IS NULL`;
    return "sent";
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const isLast = mail.attempts >= MAX_ATTEMPTS;
    console.error(`mail: ${mail.kind} ${mail.id} attempt ${mail.attempts} failed${isLast ? "; giving up" : ""}: ${message}`);
    await db.$executeRaw`
      UPDATE mail_outbox
      SET last_error = ${message.slice(0, 1000)}, message_id = ${messageId},
          next_attempt_at = now() + make_interval(secs => ${retryDelaySeconds(mail.attempts)}),
          failed_at = CASE WHEN ${isLast} THEN now() ELSE NULL END
      WHERE id = ${mail.id}::uuid AND sent_at IS NULL`;
    return "failed";
  }
}
