import Link from "next/link";
import type { ReactNode } from "react";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export const metadata = { title: "Admin", robots: { index: false } };

// Rendering checks the role here; every action and route handler below checks it again itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const admin = await requireAdminPage("/admin");
  const links = [
    ["/admin", "Events"],
    ["/admin/catalog", "Catalog"],
    ["/admin/orders", "Orders"],
    ["/admin/check-in", "Check-in"],
    ["/admin/webhooks", "Webhooks"],
    ["/admin/audit", "Audit log"],
  ] as const;
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <nav aria-label="Admin" className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3 text-sm">
          <span className="font-semibold">Box Office admin</span>
          {links.map(([href, label]) => (
            <Link key={href} href={href} className="hover:underline">
              {label}
            </Link>
          ))}
          <span className="ml-auto text-stone-500">{admin.email}</span>
        </nav>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
