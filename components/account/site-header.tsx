import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { LazySignOutButton } from "./lazy-sign-out-button";
import { OpenHoldsIndicator } from "@/components/checkout/open-holds-indicator";

/** The header of account pages: where to go, who is signed in, and the language. */
export async function SiteHeader() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("header")]);
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2">
        <Link href="/" className="inline-flex min-h-11 items-center text-lg font-semibold tracking-tight">
          {t("home")}
        </Link>
        <div className="flex items-center gap-4">
          <OpenHoldsIndicator />
          <AccountLinks signedInAs={user?.email} />
          <LocaleSwitcher />
        </div>
      </nav>
    </header>
  );
}

/**
 * Membership / account / sign-in links, for any header. Not prefetched: every shop page shows them, few shoppers
 * follow them, and each prefetch is work for a phone's main thread while the page starts.
 */
export async function AccountLinks({ signedInAs }: { signedInAs?: string }) {
  const t = await getTranslations("account.nav");
  return (
    <div className="flex flex-wrap items-center gap-x-4 text-sm">
      <Link href="/membership" prefetch={false} className="inline-flex min-h-11 items-center underline-offset-4 hover:underline">
        {t("membership")}
      </Link>
      {signedInAs ? (
        <>
          <Link href="/account" className="inline-flex min-h-11 items-center underline-offset-4 hover:underline">
            {t("account")}
          </Link>
          <Suspense>
            <LazySignOutButton />
          </Suspense>
        </>
      ) : (
        <Link href="/sign-in" prefetch={false} className="inline-flex min-h-11 items-center underline-offset-4 hover:underline">
          {t("signIn")}
        </Link>
      )}
    </div>
  );
}
