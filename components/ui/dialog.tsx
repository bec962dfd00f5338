"use client";

import { XIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog as DialogPrimitive } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "./cn";

/**
 * Radix Dialog, styled: Dialog > DialogTrigger(asChild) + DialogContent > DialogHeader (DialogTitle, DialogDescription),
 * body, DialogFooter (DialogClose asChild). Focus is trapped and returned; Escape and the overlay close it.
 */
export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;
export const DialogPortal = DialogPrimitive.Portal;

export function DialogOverlay({ className, ...props }: ComponentProps<typeof DialogPrimitive.Overlay>) {
  return <DialogPrimitive.Overlay data-slot="dialog-overlay" className={cn("fixed inset-0 z-50 bg-stone-950/50", className)} {...props} />;
}

type ContentProps = ComponentProps<typeof DialogPrimitive.Content> & {
  /** Show the corner close button (named "Close" in the user's language). */
  hasCloseButton?: boolean;
};

export function DialogContent({ className, children, hasCloseButton = true, ...props }: ContentProps) {
  const t = useTranslations("ui");
  return (
    <DialogPortal>
      <DialogOverlay />
      <DialogPrimitive.Content
        data-slot="dialog-content"
        className={cn(
          "fixed top-1/2 left-1/2 z-50 grid max-h-[90vh] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 gap-4 overflow-y-auto rounded-xl border border-stone-200 bg-white p-6 shadow-lg outline-none",
          className,
        )}
        {...props}
      >
        {children}
        {hasCloseButton && (
          <DialogPrimitive.Close className="absolute top-4 right-4 rounded-sm text-stone-500 hover:text-stone-900 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none">
            <XIcon aria-hidden className="size-4" />
            <span className="sr-only">{t("close")}</span>
          </DialogPrimitive.Close>
        )}
      </DialogPrimitive.Content>
    </DialogPortal>
  );
}

export function DialogHeader({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="dialog-header" className={cn("space-y-1.5 pr-6", className)} {...props} />;
}

export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="dialog-footer" className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)} {...props} />;
}

export function DialogTitle({ className, ...props }: ComponentProps<typeof DialogPrimitive.Title>) {
  return <DialogPrimitive.Title data-slot="dialog-title" className={cn("text-lg font-semibold", className)} {...props} />;
}

export function DialogDescription({ className, ...props }: ComponentProps<typeof DialogPrimitive.Description>) {
  return <DialogPrimitive.Description data-slot="dialog-description" className={cn("text-sm text-stone-600", className)} {...props} />;
}
