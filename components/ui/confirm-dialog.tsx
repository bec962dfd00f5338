"use client";

import { AlertDialog } from "radix-ui";
import { useState, useTransition, type ReactNode } from "react";
import { buttonVariants } from "./button";
import { cn } from "./cn";
import { useIsHydrated } from "./use-is-hydrated";

type Props = {
  /** The element that opens the dialog (rendered asChild, so pass a Button). */
  trigger: ReactNode;
  title: ReactNode;
  description: ReactNode;
  /** Label of the confirming button, e.g. "Archive price" — say what happens, not "OK". */
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  /** Shown on the confirming button while `onConfirm` runs. */
  pendingLabel?: ReactNode;
  /**
   * Runs on confirm; the dialog stays open (buttons disabled) until it settles, then closes. Report failures
   * yourself (a toast, form state): a throw keeps the dialog open so the user can try again or cancel.
   */
  onConfirm: () => void | Promise<void>;
  /** Destructive (red) by default; false for a neutral confirmation. */
  isDestructive?: boolean;
};

/**
 * Asks before an action that cannot be undone (Radix AlertDialog: role=alertdialog, focus starts on Cancel,
 * Escape cancels, a click outside does not dismiss).
 */
export function ConfirmDialog({ trigger, title, description, confirmLabel, cancelLabel, pendingLabel, onConfirm, isDestructive = true }: Props) {
  const [isOpen, setIsOpen] = useState(false);
  const [isPending, startTransition] = useTransition();
  // Before hydration a click on the trigger would be lost silently; a disabled button says "not yet" instead.
  const isHydrated = useIsHydrated();
  const confirm = () =>
    startTransition(async () => {
      try {
        await onConfirm();
        setIsOpen(false);
      } catch (error) {
        console.error("confirm-dialog: the action failed", error);
      }
    });
  return (
    <AlertDialog.Root open={isOpen} onOpenChange={(open) => !isPending && setIsOpen(open)}>
      <AlertDialog.Trigger asChild disabled={!isHydrated}>
        {trigger}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-stone-950/50" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 grid w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 gap-4 rounded-xl border border-stone-200 bg-white p-6 shadow-lg outline-none">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-stone-600">{description}</AlertDialog.Description>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <AlertDialog.Cancel disabled={isPending} className={buttonVariants({ variant: "secondary" })}>
              {cancelLabel}
            </AlertDialog.Cancel>
            {/* Not AlertDialog.Action: that closes at once, before the action has finished or failed. */}
            <button
              type="button"
              onClick={confirm}
              disabled={isPending}
              className={cn(buttonVariants({ variant: isDestructive ? "destructive" : "primary" }))}
            >
              {isPending && pendingLabel ? pendingLabel : confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
