import type { ReactNode } from "react";

/** A key as it is drawn in help texts and on buttons. */
export function Kbd({ children }: { children: ReactNode }) {
  return (
    <kbd className="inline-flex min-w-5 items-center justify-center rounded border border-border-strong bg-surface-subtle px-1 font-mono text-[11px] font-medium text-muted shadow-[inset_0_-1px_0_var(--color-border-strong)]">
      {children}
    </kbd>
  );
}
