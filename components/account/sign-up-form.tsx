"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/auth-client";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { describeAuthError } from "./describe-auth-error";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** Creates an account (signed in at once) and goes back to `next`. The password rules are said up front. */
export function SignUpForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = field(form, "email").trim();
    const password = field(form, "password");
    const name = field(form, "name").trim() || email.split("@")[0] || email;
    if (password.length < PASSWORD_MIN_LENGTH) return setError(describeAuthError({ code: "PASSWORD_TOO_SHORT" }));
    if (password.length > PASSWORD_MAX_LENGTH) return setError(describeAuthError({ code: "PASSWORD_TOO_LONG" }));
    setPending(true);
    setError(null);
    const { error } = await authClient.signUp.email({ email, password, name });
    if (error) {
      setPending(false);
      setError(describeAuthError(error));
      return;
    }
    router.replace(next);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <label className="block space-y-1">
        <span className="text-sm font-medium">Name</span>
        <input name="name" autoComplete="name" className="w-full rounded-md border border-stone-300 px-3 py-2" />
      </label>
      <label className="block space-y-1">
        <span className="text-sm font-medium">Email</span>
        <input name="email" type="email" autoComplete="email" required className="w-full rounded-md border border-stone-300 px-3 py-2" />
      </label>
      <label className="block space-y-1">
        <span className="text-sm font-medium">Password</span>
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          aria-describedby="password-rules"
          className="w-full rounded-md border border-stone-300 px-3 py-2"
        />
        <span id="password-rules" className="text-xs text-stone-500">
          At least {PASSWORD_MIN_LENGTH} characters.
        </span>
      </label>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className="w-full rounded-md bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="text-sm text-stone-600">
        Already have an account?{" "}
        <Link className="underline" href={`/sign-in?next=${encodeURIComponent(next)}`}>
          Sign in
        </Link>
      </p>
    </form>
  );
}
