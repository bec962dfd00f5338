import type { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";
import { toMailLocale } from "./to-mail-locale";

export type MailToEnqueue =
  | { kind: "order_confirmation"; orderId: string; toAddress: string; locale?: string | null }
  | { kind: "order_links"; toAddress: string; locale?: string | null };

/**
 * Puts a mail in the outbox. Pass the transaction that writes what the mail announces, so the mail exists if
 * and only if that commits; the sender picks it up afterwards. An order is confirmed once: a second
 * confirmation row for the same order is ignored.
 */
export async function enqueueMail(mail: MailToEnqueue, tx: Prisma.TransactionClient = getDb()): Promise<void> {
  const orderId = mail.kind === "order_confirmation" ? mail.orderId : null;
  await tx.$executeRaw`
    INSERT INTO mail_outbox (kind, to_address, locale, order_id)
    VALUES (${mail.kind}, ${mail.toAddress}, ${toMailLocale(mail.locale)}, ${orderId}::uuid)
    ON CONFLICT (kind, order_id) DO NOTHING`;
}
