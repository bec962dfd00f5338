import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A text-like input; `aria-invalid` turns it red (FormField sets it). */
export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return (
    <input
      data-slot="input"
      type={type}
      className={cn(
        "h-10 w-full min-w-0 rounded-md border border-stone-300 bg-white px-3 py-1 text-base shadow-xs outline-none placeholder:text-stone-400 focus-visible:border-brand-600 focus-visible:ring-2 focus-visible:ring-brand-600/30 disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-red-700 aria-invalid:ring-red-700/20",
        className,
      )}
      {...props}
    />
  );
}
