import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

/** A card with an optional titled header: the building block of the case page and the forms. */
export function Panel({
  title,
  titleId,
  actions,
  className,
  children,
  ...props
}: Omit<ComponentProps<"section">, "title"> & { title?: ReactNode; titleId?: string; actions?: ReactNode }) {
  return (
    <section
      aria-labelledby={title && titleId ? titleId : undefined}
      className={cn("rounded-lg border border-border bg-surface", className)}
      {...props}
    >
      {title ? (
        <div className="flex items-center justify-between gap-2 border-b border-border px-4 py-2">
          <h2 id={titleId} className="text-sm font-semibold text-fg">
            {title}
          </h2>
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
