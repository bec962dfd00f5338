import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/account/sign-up-form";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { safeNextPath } from "@/lib/auth/safe-next-path";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  return (
    <section className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">Create an account</h1>
      <p className="text-sm text-stone-600">Your tickets and your membership in one place. Anything you bought on this browser comes with you.</p>
      <SignUpForm next={next} />
    </section>
  );
}
