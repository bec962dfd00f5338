"use client";

import "./globals.css";

// The root layout itself failed: this replaces the whole document, so it carries its own html and body, and
// (with no message provider above it) says everything in both languages.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <main role="alert" className="mx-auto max-w-xl space-y-4 px-4 py-16 text-center">
          <p className="text-lg font-semibold text-brand-700">Box Office</p>
          <h1 className="text-2xl font-bold">
            Something went wrong · <span lang="ja">問題が発生しました</span>
          </h1>
          <p className="text-stone-700">Please try again in a moment. If you were paying, your payment is safe.</p>
          <p lang="ja" className="text-stone-700">
            しばらくしてからもう一度お試しください。お支払い中だった場合もご安心ください。
          </p>
          <div className="flex flex-wrap justify-center gap-3">
            <button type="button" onClick={reset} className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-5 font-semibold text-white">
              Try again · <span lang="ja">再試行</span>
            </button>
            {/* A plain link: client navigation may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-5 font-medium">
              Back to events · <span lang="ja">イベント一覧</span>
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
