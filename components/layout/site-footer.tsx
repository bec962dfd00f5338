import Link from "next/link";
import { siteInfo } from "@/lib/site-info";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-8 text-sm text-stone-700 sm:flex-row sm:items-center sm:justify-between">
        <p>
          © {siteInfo.name} ·{" "}
          <a href={`mailto:${siteInfo.contactEmail}`} className="underline-offset-4 hover:underline">
            {siteInfo.contactEmail}
          </a>
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            <li>
              <Link href="/orders/lost" className="underline-offset-4 hover:underline">
                Find your tickets
              </Link>
            </li>
            <li>
              <Link href="/contact" className="underline-offset-4 hover:underline">
                Contact
              </Link>
            </li>
            <li>
              <Link href="/terms" className="underline-offset-4 hover:underline">
                Terms
              </Link>
            </li>
            <li>
              <Link href="/refunds" className="underline-offset-4 hover:underline">
                Refund policy
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
