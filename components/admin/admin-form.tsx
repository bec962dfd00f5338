"use client";

import { createContext, useActionState, useContext, useId, useRef, useState, type ReactNode } from "react";

export type AdminFormState = { ok?: boolean; message?: string; error?: string; fieldErrors?: Record<string, string> };
type Action = (state: AdminFormState | undefined, form: FormData) => Promise<AdminFormState>;

const FieldErrors = createContext<Record<string, string>>({});

/**
 * A console form: posts to a server action, shows the outcome in a live region, and hands per-field errors to
 * its `Field`s (inline, linked with aria-describedby). With `confirm`, a dialog asks before a destructive submit.
 */
export function AdminForm(props: { action: Action; children: ReactNode; submitLabel: string; confirm?: string; className?: string; variant?: "primary" | "danger" | "plain"; name?: string }) {
  const [state, formAction, pending] = useActionState<AdminFormState | undefined, FormData>(props.action, undefined);
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const formRef = useRef<HTMLFormElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [lastOk, setLastOk] = useState<AdminFormState | undefined>(undefined);
  // A new request id after each success: the next submit is a new change, a double-click of this one is not.
  if (state?.ok && state !== lastOk) {
    setLastOk(state);
    setRequestId(crypto.randomUUID());
  }
  const buttonClass =
    props.variant === "danger"
      ? "rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-50"
      : props.variant === "plain"
        ? "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:opacity-50"
        : "rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50";
  return (
    <FieldErrors.Provider value={state?.fieldErrors ?? {}}>
      <form ref={formRef} action={formAction} className={props.className ?? "space-y-3"} aria-label={props.name} noValidate>
        <input type="hidden" name="requestId" value={requestId} />
        {props.children}
        <div className="flex flex-wrap items-center gap-3">
          {props.confirm ? (
            <button type="button" className={buttonClass} disabled={pending} onClick={() => dialogRef.current?.showModal()}>
              {props.submitLabel}
            </button>
          ) : (
            <button type="submit" className={buttonClass} disabled={pending}>
              {pending ? "Working…" : props.submitLabel}
            </button>
          )}
          <p role="status" className="text-sm text-green-800">{state?.ok ? state.message : ""}</p>
        </div>
        {state?.error && (
          <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800">
            {state.error}
          </p>
        )}
        {props.confirm && (
          <dialog ref={dialogRef} aria-label="Confirm" className="m-auto max-w-sm rounded-lg p-5 shadow-xl backdrop:bg-black/40">
            <p className="mb-4">{props.confirm}</p>
            <div className="flex justify-end gap-2">
              <button type="button" className="rounded-md border border-stone-300 px-3 py-1.5 text-sm" onClick={() => dialogRef.current?.close()}>
                Cancel
              </button>
              <button
                type="button"
                className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white"
                onClick={() => {
                  dialogRef.current?.close();
                  formRef.current?.requestSubmit();
                }}
              >
                Yes, {props.submitLabel.toLowerCase()}
              </button>
            </div>
          </dialog>
        )}
      </form>
    </FieldErrors.Provider>
  );
}

/** A labelled input with its inline error. `as="textarea"`/`"select"` for the other kinds. */
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
}) {
  const id = useId();
  const error = useContext(FieldErrors)[props.name];
  const describedBy = [props.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: props.name,
    defaultValue: props.defaultValue,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    required: props.required,
    placeholder: props.placeholder,
    className: `w-full rounded-md border px-2 py-1.5 text-sm ${error ? "border-red-600" : "border-stone-300"}`,
  };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {props.label}
      </label>
      {props.as === "textarea" ? (
        <textarea rows={3} {...common} />
      ) : props.as === "select" ? (
        <select {...common}>
          {props.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input type={props.type ?? "text"} {...common} />
      )}
      {props.hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-500">
          {props.hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
