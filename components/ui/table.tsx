import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

/**
 * Tables at one density: a bordered card that scrolls sideways inside itself
 * (never the page) when the columns do not fit.
 */
export function TableCard({ className, ...props }: ComponentProps<"div">) {
  // `relative` so absolutely placed content inside (screen-reader-only labels, popovers) scrolls with
  // the table instead of widening the page.
  return (
    <div className={cn("relative overflow-x-auto rounded-lg border border-border bg-surface", className)} {...props} />
  );
}

export function Table({ className, ...props }: ComponentProps<"table">) {
  return <table className={cn("w-full border-collapse text-left text-sm", className)} {...props} />;
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return (
    <thead
      className={cn("border-b border-border bg-surface-subtle text-xs font-medium text-muted", className)}
      {...props}
    />
  );
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-border", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("align-top", className)} {...props} />;
}

export function TableHead({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return <th scope={scope} className={cn("px-3 py-2 font-medium whitespace-nowrap", className)} {...props} />;
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-3 py-2 text-fg", className)} {...props} />;
}

/** A column whose heading only screen readers hear (a row's buttons). */
export const ACTIONS_COLUMN = { label: "Actions", srOnly: true } as const;

export type Column = string | { label: string; srOnly?: boolean };

/**
 * A table in its card with a caption (for screen readers) and its column
 * headings; the rows are the children.
 */
export function DataTable({ caption, columns, children }: { caption: string; columns: Column[]; children: ReactNode }) {
  return (
    <TableCard>
      <Table>
        <caption className="sr-only">{caption}</caption>
        <TableHeader>
          <TableRow>
            {columns.map((c) =>
              typeof c === "string" ? (
                <TableHead key={c}>{c}</TableHead>
              ) : (
                <TableHead key={c.label}>{c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}</TableHead>
              ),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </TableCard>
  );
}
