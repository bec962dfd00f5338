"use client";

import { useTranslations } from "next-intl";
import { createContext, startTransition, useActionState, useCallback, useContext, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";

export type AdminFormState = { ok?: boolean; message?: string; error?: string; fieldErrors?: Record<string, string> };
type Action = (state: AdminFormState | undefined, form: FormData) => Promise<AdminFormState>;

/** The last refusal's per-field errors, for controls that are not a `Field` (a group of checkboxes). */
export const FieldErrorsContext = createContext<Record<string, string>>({});
const FieldErrors = FieldErrorsContext;

type Props = {
  action: Action;
  children: ReactNode;
  submitLabel: string;
  /** Ask before submitting (destructive or hard-to-undo changes): the dialog's title and what will happen. */
  confirm?: { title: string; description: string };
  className?: string;
  variant?: "primary" | "destructive" | "secondary";
  /** The form's accessible name. */
  name?: string;
  /** Empty the fields after a success (forms that add something new). */
  resetOnSuccess?: boolean;
};

/**
 * A console form: posts to an admin server action. A success is a toast (it outlives the form, which the
 * refreshed page may no longer show); a refusal is shown in the form, with each field's error inline next to
 * it, and what the user typed stays (submitting through `onSubmit`, not `action`, so React does not reset
 * the fields). With `confirm`, a ConfirmDialog asks first.
 */
export function AdminForm({ action, children, submitLabel, confirm, className, variant = "primary", name, resetOnSuccess }: Props) {
  const t = useTranslations("admin.form");
  // The toast is raised when the action answers, not in an effect: the refreshed page may already have
  // removed this form (refunding the last open ticket removes the per-ticket form), and its effects with it.
  const announce = useCallback(
    async (previous: AdminFormState | undefined, data: FormData) => {
      const result = await action(previous, data);
      if (result.ok && result.message) toast.success(result.message);
      return result;
    },
    [action],
  );
  const [state, formAction, isPending] = useActionState<AdminFormState | undefined, FormData>(announce, undefined);
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const formRef = useRef<HTMLFormElement>(null);
  const handled = useRef<AdminFormState | undefined>(undefined);
  useEffect(() => {
    if (!state?.ok || handled.current === state) return;
    handled.current = state;
    if (resetOnSuccess) formRef.current?.reset();
    // A new request id after each success: the next submit is a new change, a double click of this one is not.
    setRequestId(crypto.randomUUID());
  }, [state, resetOnSuccess]);

  const submit = () => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    startTransition(() => formAction(data));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirm) submit();
  };

  return (
    <FieldErrors.Provider value={state?.ok ? {} : (state?.fieldErrors ?? {})}>
      <form ref={formRef} onSubmit={onSubmit} className={className ?? "space-y-3"} aria-label={name} noValidate>
        <input type="hidden" name="requestId" value={requestId} />
        {children}
        <div className="flex flex-wrap items-center gap-3 self-end">
          {confirm ? (
            <ConfirmDialog
              trigger={
                <Button variant={variant} size="sm" disabled={isPending}>
                  {isPending ? t("working") : submitLabel}
                </Button>
              }
              title={confirm.title}
              description={confirm.description}
              confirmLabel={submitLabel}
              cancelLabel={t("cancel")}
              pendingLabel={t("working")}
              isDestructive={variant === "destructive"}
              onConfirm={submit}
            />
          ) : (
            <Button type="submit" variant={variant} size="sm" disabled={isPending}>
              {isPending ? t("working") : submitLabel}
            </Button>
          )}
        </div>
        {state?.error && !state.ok && (
          <Alert role="alert" variant="danger" className="col-span-full">
            {state.error}
          </Alert>
        )}
      </form>
    </FieldErrors.Provider>
  );
}

/** A labelled control with its inline error (from the form's last refusal) and help text. */
export function Field(props: {
  label: string;
  name: string;
  defaultValue?: string;
  type?: string;
  as?: "input" | "textarea" | "select";
  options?: { value: string; label: string }[];
  hint?: string;
  required?: boolean;
  placeholder?: string;
  inputMode?: "decimal" | "numeric" | "text";
  /** Values the browser offers as the admin types (a datalist); any other value may still be typed. */
  suggestions?: string[];
}) {
  const error = useContext(FieldErrors)[props.name];
  if (props.as === "select") {
    // Radix Select cannot hold an empty value: every option needs one (e.g. "one_time", not "").
    const options = props.options ?? [];
    return (
      <FormField label={props.label} error={error} description={props.hint}>
        {(control) => (
          <Select name={props.name} defaultValue={props.defaultValue || options[0]?.value}>
            <SelectTrigger {...control}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {options.map((o) => (
                <SelectItem key={o.value} value={o.value}>
                  {o.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        )}
      </FormField>
    );
  }
  return (
    <FormField label={props.label} error={error} description={props.hint}>
      {props.as === "textarea" ? (
        <textarea
          name={props.name}
          defaultValue={props.defaultValue}
          rows={3}
          placeholder={props.placeholder}
          required={props.required}
          className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-xs outline-none focus-visible:border-brand-600 focus-visible:ring-2 focus-visible:ring-brand-600/30 aria-invalid:border-red-700"
        />
      ) : (
        (control) => (
          <>
            <Input
              {...control}
              name={props.name}
              type={props.type ?? "text"}
              defaultValue={props.defaultValue}
              placeholder={props.placeholder}
              required={props.required}
              inputMode={props.inputMode}
              list={props.suggestions ? `${control.id}-suggestions` : undefined}
              autoComplete={props.suggestions ? "off" : undefined}
            />
            {props.suggestions && (
              <datalist id={`${control.id}-suggestions`}>
                {props.suggestions.map((value) => (
                  <option key={value} value={value} />
                ))}
              </datalist>
            )}
          </>
        )
      )}
    </FormField>
  );
}

/** A checkbox with its label, for the console's yes/no options. */
export function CheckboxField({ label, name }: { label: string; name: string }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} value="on" className="size-4 accent-brand-600" /> {label}
    </label>
  );
}
