import type { ComponentProps, ReactNode } from "react";

/** A form on its own card, named by its heading (admin forms beside a list). */
export function FormCard({
  headingId,
  title,
  children,
  ...props
}: Omit<ComponentProps<"form">, "className" | "aria-labelledby"> & {
  headingId: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      className="space-y-3 rounded-lg border border-border bg-surface p-4"
      aria-labelledby={headingId}
      {...props}
    >
      <h2 id={headingId} className="text-sm font-semibold text-fg">
        {title}
      </h2>
      {children}
    </form>
  );
}
