"use client";

import "./globals.css";

// The root layout itself failed: this replaces the whole document, so it carries its own html and body.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <main role="alert" className="mx-auto max-w-xl space-y-4 px-4 py-16 text-center">
          <p className="text-lg font-semibold text-brand-700">Box Office</p>
          <h1 className="text-2xl font-bold">Something went wrong</h1>
          <p className="text-stone-700">Please try again in a moment. If you were paying, your payment is safe.</p>
          <div className="flex flex-wrap justify-center gap-3">
            <button type="button" onClick={reset} className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-5 font-semibold text-white">
              Try again
            </button>
            {/* A plain link: client navigation may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-5 font-medium">
              Back to events
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
