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
    <section aria-labelledby={`${id}-heading`} className="border-border bg-surface rounded-lg border">
      <div className="border-border border-b px-4 py-2">
        <h2 id={`${id}-heading`} className="text-fg text-sm font-semibold">
          {title}
          {count !== undefined ? (
            <>
              {" "}
              <span className="text-muted font-normal">({count})</span>
            </>
          ) : null}
        </h2>
        {description ? <p className="text-muted text-xs">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="text-muted px-4 py-3 text-sm">{children}</p>;
}
