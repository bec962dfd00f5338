import { getDb } from "../db";

export type ClaimedMail = { id: string; kind: string; toAddress: string; locale: string; orderId: string | null; attempts: number; messageId: string | null };

// Longer than any send can take (see SEND_TIMEOUT_MS): while a row is claimed no other instance touches it.
export const CLAIM_LEASE_SECONDS = 300;

/**
 * Claims up to `limit` unsent mails that are due, for this caller alone: one statement that skips rows other
 * instances have locked and pushes `next_attempt_at` past the lease, so a claimed row is invisible to every
 * other sender until it is sent, or its lease ends (a crashed sender's row is picked up again after that).
 */
export async function claimDueMail({ limit = 20 }: { limit?: number } = {}): Promise<ClaimedMail[]> {
  return getDb().$queryRaw<ClaimedMail[]>`
    UPDATE mail_outbox SET next_attempt_at = now() + make_interval(secs => ${CLAIM_LEASE_SECONDS}), attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM mail_outbox
      WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
      ORDER BY next_attempt_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, to_address AS "toAddress", locale, order_id AS "orderId", attempts, message_id AS "messageId"`;
}
