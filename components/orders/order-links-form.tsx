"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

type State = { error?: string; emailError?: string; isSent?: boolean };

/** The "I lost my link" form: one email field; the answer never says whether the address has orders. */
export function OrderLinksForm({ action }: { action: (previous: State, formData: FormData) => Promise<State> }) {
  const t = useTranslations("lostLink");
  const [state, formAction, isPending] = useActionState(action, {});
  if (state.isSent) {
    return (
      <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-emerald-900">
        {t("sent")}
      </p>
    );
  }
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <div className="space-y-1">
        <label htmlFor="lost-email" className="block font-medium">
          {t("emailLabel")}
        </label>
        <input
          id="lost-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          aria-invalid={state.emailError ? true : undefined}
          aria-describedby={state.emailError ? "lost-email-error" : undefined}
          className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-600/30 focus:outline-none"
        />
        {state.emailError && (
          <p id="lost-email-error" className="text-sm text-red-700">
            {state.emailError}
          </p>
        )}
      </div>
      {state.error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">
          {state.error}
        </p>
      )}
      <button
        type="submit"
        disabled={isPending}
        className="min-h-11 rounded-lg bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {isPending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
