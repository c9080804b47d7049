import type { ReactNode } from "react";

/** One panel of the account page, named for screen readers by its heading. */
export function Section({
  id,
  title,
  count,
  children,
  description,
}: {
  id: string;
  title: string;
  count?: number;
  children: ReactNode;
  description?: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-border bg-surface">
      <div className="border-b border-border px-4 py-2">
        <h2 id={`${id}-heading`} className="text-sm font-semibold text-fg">
          {title}
          {count !== undefined ? (
            <>
              {" "}
              <span className="font-normal text-muted">({count})</span>
            </>
          ) : null}
        </h2>
        {description ? <p className="text-xs text-muted">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="px-4 py-3 text-sm text-muted">{children}</p>;
}
