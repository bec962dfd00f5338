"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth/auth-client";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { readField, useAuthForm } from "./use-auth-form";

/** Creates an account (signed in at once) and goes back to `next`. The password rules are said up front. */
export function SignUpForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const { error, pending, onSubmit } = useAuthForm(next, (form) => {
    const email = readField(form, "email").trim();
    const password = readField(form, "password");
    const name = readField(form, "name").trim() || email.split("@")[0] || email;
    // Said here first; Better Auth enforces the same rules on the server.
    if (password.length < PASSWORD_MIN_LENGTH) return { error: { code: "PASSWORD_TOO_SHORT" } };
    if (password.length > PASSWORD_MAX_LENGTH) return { error: { code: "PASSWORD_TOO_LONG" } };
    return authClient.signUp.email({ email, password, name });
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormField label={t("fields.name")}>
        <Input name="name" autoComplete="name" />
      </FormField>
      <FormField label={t("fields.email")}>
        <Input name="email" type="email" autoComplete="email" required />
      </FormField>
      <FormField label={t("fields.password")} description={t("fields.passwordRules", { min: PASSWORD_MIN_LENGTH })}>
        <Input name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} />
      </FormField>
      {error && (
        <Alert role="alert" variant="danger">
          {error}
        </Alert>
      )}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("signUp.pending") : t("signUp.submit")}
      </Button>
      <p className="text-sm text-stone-600">
        {t("signUp.haveAccount")}{" "}
        <Link className="underline" href={`/sign-in?next=${encodeURIComponent(next)}`}>
          {t("signUp.signIn")}
        </Link>
      </p>
    </form>
  );
}
