import type { Metadata } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

// Any address that matches no page.
export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader />
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        <NotFoundMessage title="Page not found" body="There is no page at this address. It may have moved, or the link may be mistyped." />
      </main>
      <SiteFooter />
    </div>
  );
}
