import { QueueTable, type RowActions } from "@/components/cases/queue/queue-table";
import { TAB_LABELS } from "@/components/cases/queue/queue-tabs";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingRows } from "@/components/ui/loading-rows";
import type { QueueFilters, QueueItem, QueueTab } from "@/lib/cases/queue/schemas";
import type { ComponentProps } from "react";

const EMPTY: Record<QueueTab, { title: string; hint: string }> = {
  unassigned: {
    title: "Nothing waiting",
    hint: "Every open case is held by someone. New reports appear here as they arrive.",
  },
  mine: { title: "You hold no cases", hint: "Claim one from Unassigned, or press n for the most urgent." },
  open: { title: "No open cases", hint: "New reports appear here as they arrive." },
  escalated: { title: "Nothing escalated", hint: "Cases moderators escalate to staff appear here." },
  appeals: {
    title: "No appeals waiting",
    hint: "Appeals the platform sends (POST /api/v1/appeals) appear here for staff to decide.",
  },
  resolved: { title: "Nothing resolved yet", hint: "Dismissed and resolved cases appear here." },
};

/** The table, or what stands in for it: loading rows, or an empty state that says why. */
export function QueueResults({
  loading,
  filters,
  items,
  actions,
  ...table
}: Omit<ComponentProps<typeof QueueTable>, "tab"> & {
  loading: boolean;
  filters: QueueFilters;
  items: QueueItem[];
  actions: RowActions;
}) {
  if (loading) return <LoadingRows label={`Loading ${TAB_LABELS[filters.tab].toLowerCase()} cases…`} />;
  if (items.length === 0) {
    return filters.q || filters.category || filters.source || filters.subject || filters.age ? (
      <EmptyState
        title="No case matches"
        hint="Try fewer filters, or another spelling of the handle, title or contact value."
      />
    ) : (
      <EmptyState {...EMPTY[filters.tab]} />
    );
  }
  return <QueueTable tab={filters.tab} items={items} actions={actions} {...table} />;
}
