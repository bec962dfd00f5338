"use client";

import { Slot } from "radix-ui";
import { useId, type ReactNode } from "react";
import { cn } from "./cn";
import { Label } from "./label";

/** What FormField hands its control: spread it on the focusable element. */
export type FormControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

type Props = {
  /** Visible label text. */
  label: ReactNode;
  /**
   * The one control. An element (Input, textarea) receives id, aria-describedby and aria-invalid itself. When the
   * focusable element sits inside a wrapper (a Select's trigger), pass a function and spread its argument there:
   * `{(control) => <Select …><SelectTrigger {...control}>…</SelectTrigger>…</Select>}` (client components only).
   */
  children: ReactNode | ((control: FormControlProps) => ReactNode);
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
  const control: FormControlProps = { id: controlId, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined };
  return (
    <div data-slot="form-field" className={cn("grid content-start gap-1.5", className)}>
      <Label htmlFor={controlId}>{label}</Label>
      {typeof children === "function" ? children(control) : <Slot.Root {...control}>{children}</Slot.Root>}
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
