import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountLinks } from "@/components/account/site-header";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { getCurrentUser } from "@/lib/auth/get-current-user";

export default async function ShopLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("header");
  const user = await getCurrentUser();
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <nav className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
          <Link href="/" className="text-lg font-semibold tracking-tight">
            {t("home")}
          </Link>
          <div className="flex items-center gap-4">
            <AccountLinks signedInAs={user?.email} />
            <LocaleSwitcher />
          </div>
        </nav>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-8">{children}</main>
    </>
  );
}
