"use client";

import { Slot } from "radix-ui";
import { useId, type ReactNode } from "react";
import { cn } from "./cn";
import { Label } from "./label";

type Props = {
  /** Visible label text. */
  label: ReactNode;
  /** The one control (Input, SelectTrigger, textarea…): it receives id, aria-describedby and aria-invalid. */
  children: ReactNode;
  /** An already translated error for this field; sets aria-invalid and is announced. */
  error?: string;
  /** Help text under the control, read out with it. */
  description?: ReactNode;
  /** Fix the control's id (otherwise one is generated). */
  id?: string;
  className?: string;
};

/**
 * Label + control + help + error, wired for assistive tech: the label names the control, the help text and the
 * error describe it (aria-describedby), and an error marks it invalid (aria-invalid) and is announced (role=alert).
 */
export function FormField({ label, children, error, description, id, className }: Props) {
  const generated = useId();
  const controlId = id ?? generated;
  const descriptionId = `${controlId}-description`;
  const errorId = `${controlId}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div data-slot="form-field" className={cn("grid gap-1.5", className)}>
      <Label htmlFor={controlId}>{label}</Label>
      <Slot.Root id={controlId} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        {children}
      </Slot.Root>
      {description && (
        <p id={descriptionId} className="text-sm text-stone-600">
          {description}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
