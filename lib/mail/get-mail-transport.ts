import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "../env";

const globalForMail = globalThis as unknown as { boxOfficeMailTransport?: { url: string; transport: Transporter } };

// Timeouts well under the outbox lease: a send either finishes or fails before another instance may retry it.
export const SEND_TIMEOUT_MS = 30_000;

/** A nodemailer transport to `url` (default: SMTP_URL); null when no SMTP server is configured. */
export function getMailTransport(url = getEnv().SMTP_URL): Transporter | null {
  if (!url) return null;
  const cached = globalForMail.boxOfficeMailTransport;
  if (cached?.url === url) return cached.transport;
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: SEND_TIMEOUT_MS,
  });
  globalForMail.boxOfficeMailTransport = { url, transport };
  return transport;
}
