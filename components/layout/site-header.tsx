import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { AccountLinks } from "../account/site-header";
import { LocaleSwitcher } from "../i18n/locale-switcher";
import { OpenHoldsIndicator } from "../checkout/open-holds-indicator";

export async function SiteHeader() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("header")]);
  return (
    <header className="border-b border-stone-200 bg-white print:hidden">
      <nav className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2">
        <Link href="/" className="flex min-h-11 items-center gap-2 text-lg font-semibold tracking-tight">
          <img src="/icon.svg" alt="" width={28} height={28} />
          {t("home")}
        </Link>
        <div className="group flex flex-wrap items-center gap-x-4">
          {/* Gives way to the "checkouts in progress" button, which says as much: with both, the Japanese header
              no longer fits one row at 1280 px. */}
          <span className="hidden text-sm text-stone-500 lg:inline lg:group-has-[[data-open-holds]]:hidden">{t("tagline")}</span>
          {/* Not prefetched: on every page, rarely followed (as the account links). */}
          <Link href="/orders/lost" prefetch={false} className="inline-flex min-h-11 items-center text-sm text-stone-700 underline-offset-4 hover:underline">
            {t("findTickets")}
          </Link>
          <OpenHoldsIndicator />
          <AccountLinks signedInAs={user?.email} />
          <LocaleSwitcher />
        </div>
      </nav>
    </header>
  );
}
