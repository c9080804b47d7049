"use client";

import { createContext, useContext, useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

/**
 * A labelled form control with an optional hint and error. The control gets
 * its id, `aria-describedby` (hint and error) and `aria-invalid` from the
 * field around it, so every input, select and textarea is wired the same way.
 */
interface FieldContext {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

const Context = createContext<FieldContext | null>(null);

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** One message or several; any makes the control invalid. */
  error?: string | string[];
  /** Use a given id (e.g. to focus the control from elsewhere). */
  id?: string;
  className?: string;
  children: ReactNode;
}

export function Field({ label, hint, error, id, className, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const errors = (Array.isArray(error) ? error : error ? [error] : []).filter(Boolean);
  const errorId = errors.length ? `${controlId}-error` : undefined;
  const hintId = hint && !errorId ? `${controlId}-hint` : undefined;
  const describedBy = errorId ?? hintId;
  return (
    <div className={className}>
      <label htmlFor={controlId} className="block text-sm font-medium text-fg-soft">
        {label}
      </label>
      <Context.Provider value={{ id: controlId, describedBy, invalid: errors.length > 0 }}>
        <div className="mt-1">{children}</div>
      </Context.Provider>
      {/* The error takes the hint's place, so the layout does not jump when one appears. */}
      {errors.length ? (
        <ul id={errorId} role="alert" className="mt-1 space-y-0.5 text-xs text-danger-text">
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : hint ? (
        <p id={hintId} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The shared look of text inputs, selects and textareas. */
export const controlClass =
  "block w-full rounded-md border border-border-strong bg-surface px-2.5 py-1.5 text-sm text-fg shadow-sm placeholder:text-muted focus:border-focus focus:outline-none focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-focus disabled:cursor-not-allowed disabled:opacity-60 aria-[invalid=true]:border-danger";

type AriaInvalid = ComponentProps<"input">["aria-invalid"];

function useControl(props: { id?: string; "aria-describedby"?: string; "aria-invalid"?: AriaInvalid }) {
  const field = useContext(Context);
  return {
    id: props.id ?? field?.id,
    "aria-describedby": [field?.describedBy, props["aria-describedby"]].filter(Boolean).join(" ") || undefined,
    "aria-invalid": props["aria-invalid"] ?? (field?.invalid || undefined),
  };
}

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input {...props} {...useControl(props)} className={cn(controlClass, className)} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select {...props} {...useControl(props)} className={cn(controlClass, "pr-8", className)} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea {...props} {...useControl(props)} className={cn(controlClass, "leading-relaxed", className)} />;
}

/** A compact label for a control outside a Field (side panels, dialogs, filter bars). */
export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn("block text-xs font-medium text-fg-soft", className)} {...props} />;
}
