"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth/auth-client";
import { readField, useAuthForm } from "./use-auth-form";

/** Email + password sign-in through Better Auth's endpoint (rate-limited there), then back to `next`. */
export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const { error, pending, onSubmit } = useAuthForm(next, (form) =>
    authClient.signIn.email({ email: readField(form, "email").trim(), password: readField(form, "password") }),
  );

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormField label={t("fields.email")}>
        <Input name="email" type="email" autoComplete="email" required />
      </FormField>
      <FormField label={t("fields.password")}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </FormField>
      {error && (
        <Alert role="alert" variant="danger">
          {error}
        </Alert>
      )}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("signIn.pending") : t("signIn.submit")}
      </Button>
      <p className="text-sm text-stone-600">
        {t("signIn.newHere")}{" "}
        <Link className="underline" href={`/sign-up?next=${encodeURIComponent(next)}`}>
          {t("signIn.createAccount")}
        </Link>
      </p>
    </form>
  );
}
