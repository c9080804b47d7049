import type { ReactNode } from "react";

/** A key as it is drawn in help texts and on buttons. */
export function Kbd({ children }: { children: ReactNode }) {
  return (
    <kbd className="border-border-strong bg-surface-subtle text-muted inline-flex min-w-5 items-center justify-center rounded border px-1 font-mono text-[11px] font-medium shadow-[inset_0_-1px_0_var(--color-border-strong)]">
      {children}
    </kbd>
  );
}
