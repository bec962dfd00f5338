import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { siteInfo } from "@/lib/site-info";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  const links = [
    { href: "/orders/lost", label: t("findTickets") },
    { href: "/contact", label: t("contact") },
    { href: "/terms", label: t("terms") },
    { href: "/refunds", label: t("refunds") },
  ];
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-8 text-sm text-stone-700 sm:flex-row sm:items-center sm:justify-between">
        <p>
          © {siteInfo.name} ·{" "}
          <a href={`mailto:${siteInfo.contactEmail}`} className="underline-offset-4 hover:underline">
            {siteInfo.contactEmail}
          </a>
        </p>
        <nav aria-label={t("label")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {links.map((link) => (
              <li key={link.href}>
                {/* Secondary pages: fetched when clicked, not prefetched by every page that shows the footer. */}
                <Link href={link.href} prefetch={false} className="underline-offset-4 hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
