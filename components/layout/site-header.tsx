import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LocaleSwitcher } from "../i18n/locale-switcher";

export async function SiteHeader() {
  const t = await getTranslations("header");
  return (
    <header className="border-b border-stone-200 bg-white print:hidden">
      <nav className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          <img src="/icon.svg" alt="" width={28} height={28} />
          {t("home")}
        </Link>
        <div className="flex items-center gap-4">
          <span className="hidden text-sm text-stone-500 md:inline">{t("tagline")}</span>
          <Link href="/orders/lost" className="text-sm text-stone-700 underline-offset-4 hover:underline">
            {t("findTickets")}
          </Link>
          <LocaleSwitcher />
        </div>
      </nav>
    </header>
  );
}
