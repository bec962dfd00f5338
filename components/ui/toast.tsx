"use client";

import { useTranslations } from "next-intl";
import { Toaster as Sonner, toast, type ToasterProps } from "sonner";
import { wantToaster } from "./toaster-demand";

// Code that can raise a toast has loaded: the root layout mounts the Toaster now (see toaster-demand.ts).
if (typeof window !== "undefined") wantToaster();

/**
 * Where toasts appear: rendered once in the root layout. Toasts are announced politely (sonner uses an
 * aria-live region). Show one from any client component with `toast.success(t("…"))`, `toast.error(…)`,
 * or `const { toast } = useToast()`.
 */
export function Toaster(props: ToasterProps) {
  const t = useTranslations("ui");
  return (
    <Sonner
      position="top-center"
      richColors
      closeButton
      containerAriaLabel={t("notifications")}
      toastOptions={{ classNames: { toast: "font-sans text-sm" }, closeButtonAriaLabel: t("close") }}
      {...props}
    />
  );
}

/** The toast function as a hook, for code that prefers hooks; it is the same `toast` either way. */
export function useToast() {
  return { toast };
}

export { toast };
