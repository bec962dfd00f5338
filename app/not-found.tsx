import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notFoundPages"))("pageTitle"), robots: { index: false } };
}

// Any address that matches no page.
export default async function NotFound() {
  const t = await getTranslations("notFoundPages");
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader />
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        <NotFoundMessage title={t("pageTitle")} body={t("pageBody")} links={[{ href: "/", label: t("toEvents") }]} />
      </main>
      <SiteFooter />
    </div>
  );
}
