import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { getEnv } from "../../env";

export type ReceivedMail = {
  id: string;
  messageId: string | null;
  subject: string;
  from: string;
  to: string;
  receivedAt: Date;
  html: string | null;
  text: string | null;
  attachments: { filename: string; contentType: string; size: number; isInline: boolean }[];
};

/**
 * What the local development SMTP server received, newest first (at most `limit`). Only for /dev/mail, which is
 * not served in production builds.
 */
export async function listReceivedMail({ limit = 50, dir = getEnv().DEV_MAIL_DIR }: { limit?: number; dir?: string } = {}): Promise<ReceivedMail[]> {
  // A folder chosen at run time (not part of the build): tell the bundler not to trace it.
  const root = path.resolve(/* turbopackIgnore: true */ dir);
  if (!fs.existsSync(/* turbopackIgnore: true */ root)) return [];
  const names = fs
    .readdirSync(/* turbopackIgnore: true */ root)
    .filter((name) => name.endsWith(".eml"))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(/* turbopackIgnore: true */ root, name);
      const parsed = await simpleParser(fs.readFileSync(/* turbopackIgnore: true */ file));
      const inline = new Map(parsed.attachments.filter((a) => a.cid).map((a) => [a.cid!, a]));
      // Inline images (cid:) become data: URLs so the preview shows what a mail client shows.
      const html =
        typeof parsed.html === "string"
          ? parsed.html.replace(/cid:([^"'\s)]+)/g, (match, cid: string) => {
              const attachment = inline.get(cid);
              return attachment ? `data:${attachment.contentType};base64,${attachment.content.toString("base64")}` : match;
            })
          : null;
      return {
        id: name.replace(/\.eml$/, ""),
        messageId: parsed.messageId ?? null,
        subject: parsed.subject ?? "(no subject)",
        from: parsed.from?.text ?? "",
        to: [parsed.to ?? []].flat().map((a) => a.text).join(", "),
        receivedAt: fs.statSync(/* turbopackIgnore: true */ file).mtime,
        html,
        text: parsed.text ?? null,
        attachments: parsed.attachments.map((a) => ({
          filename: a.filename ?? "(unnamed)",
          contentType: a.contentType,
          size: a.size,
          isInline: a.contentDisposition === "inline",
        })),
      };
    }),
  );
}
