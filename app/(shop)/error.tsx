"use client";

import Link from "next/link";

// Something unexpected failed while rendering a storefront page: say so plainly and offer a way on.
export default function ShopError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>Please try again. If you were paying, your payment is safe: your tickets appear once it is confirmed.</p>
      <div className="flex gap-4">
        <button type="button" onClick={reset} className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white">
          Try again
        </button>
        <Link href="/" className="px-4 py-2 underline">
          Back to events
        </Link>
      </div>
    </div>
  );
}
