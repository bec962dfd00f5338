import Link from "next/link";
import type { ReactNode } from "react";
import { AccountLinks } from "@/components/account/site-header";
import { getCurrentUser } from "@/lib/auth/get-current-user";

export default async function ShopLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <nav className="mx-auto flex max-w-5xl items-center justify-between px-4 py-4">
          <Link href="/" className="text-lg font-semibold tracking-tight">
            Box Office
          </Link>
          <AccountLinks signedInAs={(await getCurrentUser())?.email} />
        </nav>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-8">{children}</main>
    </>
  );
}
