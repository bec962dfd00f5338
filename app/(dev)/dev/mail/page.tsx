import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { isDevToolsEnabled } from "@/lib/dev-tools";
import { getEnv } from "@/lib/env";
import { listReceivedMail } from "@/lib/mail/dev/list-received-mail";

export const metadata: Metadata = { title: "Development mail", robots: { index: false, follow: false } };

// What the local SMTP server received (npm run dev, browser tests). Never part of a production site: a
// production build serves it only with DEV_TOOLS=1, which the browser tests' server sets.
export default async function DevMailPage() {
  await connection();
  if (!isDevToolsEnabled()) notFound();
  const mails = await listReceivedMail();
  return (
    <main className="mx-auto max-w-5xl space-y-6 p-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Development mail</h1>
        <p className="text-sm text-stone-600">
          Everything the local SMTP server received, newest first ({getEnv().DEV_MAIL_DIR}). Reload to see new mail.
        </p>
      </header>
      {mails.length === 0 ? (
        <p className="rounded-lg bg-stone-100 p-4">No mail yet.</p>
      ) : (
        <ol className="space-y-6">
          {mails.map((mail) => (
            <li key={mail.id}>
              <article aria-label={mail.subject} className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
                <header>
                  <h2 className="text-lg font-semibold">{mail.subject}</h2>
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm text-stone-700">
                    <dt className="font-medium">To</dt>
                    <dd>{mail.to}</dd>
                    <dt className="font-medium">From</dt>
                    <dd>{mail.from}</dd>
                    <dt className="font-medium">Received</dt>
                    <dd>
                      <time dateTime={mail.receivedAt.toISOString()}>{mail.receivedAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
                    </dd>
                    {mail.attachments.length > 0 && (
                      <>
                        <dt className="font-medium">Attachments</dt>
                        <dd>
                          <ul aria-label="Attachments" className="flex flex-wrap gap-2">
                            {mail.attachments.map((a, index) => (
                              <li key={`${a.filename}-${index}`} className="rounded bg-stone-100 px-2 py-0.5 font-mono text-xs">
                                {a.filename} ({a.contentType}
                                {a.isInline ? ", inline" : ""})
                              </li>
                            ))}
                          </ul>
                        </dd>
                      </>
                    )}
                  </dl>
                </header>
                {mail.html && (
                  // Sandboxed: the mail's HTML runs no script and cannot reach this page.
                  <iframe title={`HTML of ${mail.subject}`} srcDoc={mail.html} sandbox="allow-popups" className="h-[32rem] w-full rounded-lg border border-stone-200" />
                )}
                {mail.text && (
                  <details>
                    <summary className="cursor-pointer text-sm font-medium">Plain-text part</summary>
                    <pre aria-label={`Text of ${mail.subject}`} className="mt-2 overflow-x-auto whitespace-pre-wrap rounded-lg bg-stone-50 p-3 text-sm">
                      {mail.text}
                    </pre>
                  </details>
                )}
              </article>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
