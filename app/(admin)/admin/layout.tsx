import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { ADMIN_CLIENT_NAMESPACES, pickClientMessages } from "@/i18n/pick-client-messages";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("console"), robots: { index: false } };
}

// Rendering checks the role here; every action and route handler below checks it again itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const admin = await requireAdminPage("/admin");
  const [t, messages] = await Promise.all([getTranslations("admin"), getMessages()]);
  const links = [
    ["/admin", t("nav.events")],
    ["/admin/catalog", t("nav.catalog")],
    ["/admin/orders", t("nav.orders")],
    ["/admin/check-in", t("nav.checkIn")],
    ["/admin/webhooks", t("nav.webhooks")],
    ["/admin/audit", t("nav.audit")],
  ] as const;
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <nav aria-label={t("nav.label")} className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3 text-sm">
          <span className="font-semibold">{t("console")}</span>
          {links.map(([href, label]) => (
            <Link key={href} href={href} className="hover:underline">
              {label}
            </Link>
          ))}
          <span className="ml-auto text-stone-600">{admin.email}</span>
          <LocaleSwitcher />
        </nav>
      </header>
      {/* The console's client components read the admin messages, which shop pages never carry. */}
      <NextIntlClientProvider messages={pickClientMessages(messages, ADMIN_CLIENT_NAMESPACES)}>
        <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      </NextIntlClientProvider>
    </>
  );
}
