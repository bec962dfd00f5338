"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { describeAuthError, type AuthErrorLike } from "./describe-auth-error";

/** A string field of a submitted form ("" when absent). */
export const readField = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

type Outcome = { error?: AuthErrorLike | null } | void;

/**
 * The submit, pending and error handling the sign-in and sign-up forms share: `submit` gets the form's data and
 * returns Better Auth's answer (or an error found before calling it); on success the visitor goes back to `next`.
 */
export function useAuthForm(next: string, submit: (form: FormData) => Promise<Outcome> | Outcome) {
  const tError = useTranslations("auth.errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const outcome = await submit(form);
    if (outcome?.error) {
      setPending(false);
      setError(describeAuthError(tError, outcome.error));
      return;
    }
    router.replace(next);
    router.refresh();
  }

  return { error, pending, onSubmit };
}
