"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * A modal on the native <dialog>: the browser traps focus, closes it on
 * Escape and makes the page behind it inert, so keyboard users cannot get
 * lost behind it. Focus returns to where it was when it closes.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  wide = false,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself) closes it.
        if (event.target === ref.current) onClose();
      }}
      className={`m-auto w-full rounded-xl border border-border bg-surface p-0 text-fg shadow-xl backdrop:bg-scrim/30 ${wide ? "max-w-xl" : "max-w-md"}`}
    >
      {open ? (
        <div className="p-5">
          <h2 id={titleId} className="text-base font-semibold">
            {title}
          </h2>
          {description ? (
            <p id={descriptionId} className="mt-1 text-sm text-muted">
              {description}
            </p>
          ) : null}
          <div className="mt-4">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}

/** A dialog's buttons, on the right: "Cancel" first when `onCancel` is given, then the dialog's own. */
export function DialogActions({ onCancel, children }: { onCancel?: () => void; children: ReactNode }) {
  return (
    <div className="mt-4 flex justify-end gap-2">
      {onCancel ? (
        <Button onClick={onCancel} variant="ghost">
          Cancel
        </Button>
      ) : null}
      {children}
    </div>
  );
}
