import { Flag } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { CATEGORY_STYLE } from "@/components/cases/view/category-style";
import { Badge } from "@/components/ui/badge";
import { TableCell } from "@/components/ui/table";
import { caseReference } from "@/lib/cases/labels";
import type { FindingCategory } from "@/lib/generated/prisma/enums";
import { cn } from "@/lib/ui/cn";

/**
 * The parts every list of cases shares (the queue's table, the account
 * page's cases): the case reference as a link with a line under it, and
 * the categories its reports named.
 */

/** The first cell of a case row: "C-1042" linking to the case, a muted line below (status, relation). */
export function CaseReferenceCell({
  id,
  number,
  tabIndex,
  prefetch,
  className,
  children,
}: {
  id: string;
  number: number;
  /** The queue's rows keep one tab stop each (a roving focus), so their links are -1. */
  tabIndex?: number;
  /** false in long lists (the queue): a prefetch per row competes with the case being opened. */
  prefetch?: false;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <TableCell className={cn("whitespace-nowrap", className)}>
      <Link
        href={`/cases/${id}`}
        tabIndex={tabIndex}
        prefetch={prefetch}
        className="rounded-sm font-mono text-xs font-semibold text-accent-text hover:underline focus-visible:outline-2 focus-visible:outline-focus"
      >
        {caseReference(number)}
      </Link>
      {children ? <span className="mt-0.5 block text-xs text-muted">{children}</span> : null}
    </TableCell>
  );
}

/** What the column of ReportedCategories is called wherever it is shown. */
export const REPORTED_AS = "Reported as";

/**
 * The categories a case's reports named (people's reasons and the detector's
 * automatic reports: the case's stored categories, lib/cases/category-tally.ts),
 * each with the flag the case page's summary marks "reported" with. `max`
 * keeps a row one line high; the rest are counted and named for the tooltip
 * and for screen readers.
 */
export function ReportedCategories({ categories, max = 2 }: { categories: FindingCategory[]; max?: number }) {
  const shown = categories.slice(0, max);
  const rest = categories.slice(max).map((c) => CATEGORY_STYLE[c].label);
  if (categories.length === 0) return <span className="text-xs text-muted">—</span>;
  return (
    <div className="flex max-w-64 min-w-40 flex-wrap items-center gap-1">
      {shown.map((category) => (
        <Badge
          key={category}
          icon={Flag}
          className="font-normal"
          title={`Reported as ${CATEGORY_STYLE[category].label}`}
        >
          {CATEGORY_STYLE[category].label}
        </Badge>
      ))}
      {rest.length ? (
        <span title={rest.join(", ")} className="px-1 text-xs whitespace-nowrap text-muted">
          +{rest.length}
          <span className="sr-only"> more: {rest.join(", ")}</span>
        </span>
      ) : null}
    </div>
  );
}
