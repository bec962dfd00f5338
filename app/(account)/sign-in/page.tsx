import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/account/sign-in-form";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { safeNextPath } from "@/lib/auth/safe-next-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  const t = await getTranslations("auth.signIn");
  return (
    <section className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <SignInForm next={next} />
    </section>
  );
}
