"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { accountHref } from "@/components/accounts/account-href";
import { groupedOrder } from "@/lib/cases/queue/group-by-account";
import { BulkBar } from "@/components/cases/queue/bulk-bar";
import { QueueBulkDialogs, type QueueDialog } from "@/components/cases/queue/queue-bulk-dialogs";
import { QueueFilters } from "@/components/cases/queue/queue-filters";
import { QueueFooter } from "@/components/cases/queue/queue-footer";
import { QueueHeader } from "@/components/cases/queue/queue-header";
import { QueueResults } from "@/components/cases/queue/queue-results";
import { QueueTabs } from "@/components/cases/queue/queue-tabs";
import { useQueueCursor } from "@/components/cases/queue/use-queue-cursor";
import { useQueueItems } from "@/components/cases/queue/use-queue-items";
import { useQueueSelection } from "@/components/cases/queue/use-queue-selection";
import { useQueueShortcuts } from "@/components/cases/queue/use-queue-shortcuts";
import { useRowActions } from "@/components/cases/queue/use-row-actions";
import { useCasePrefetch } from "@/components/cases/use-case-prefetch";
import { useHydrated } from "@/components/ui/use-now";
import type { ConsoleRole } from "@/lib/generated/prisma/enums";
import {
  filtersToSearchParams,
  type Assignee,
  type QueueCountsResponse,
  type QueueFilters as Filters,
  type QueuePage,
} from "@/lib/cases/queue/schemas";
import { Button } from "@/components/ui/button";

export interface QueueViewer {
  id: string;
  name: string;
  /** Which cases the viewer may hold (escalated ones and appeals are staff's) follows from it: lib/cases/lifecycle.ts. */
  role: ConsoleRole;
  can: { claim: boolean; decide: boolean; assign: boolean };
}

export function QueueView({
  viewer,
  assignees,
  initialFilters,
  initialPage,
  initialCounts,
  nextToClaim,
}: {
  viewer: QueueViewer;
  assignees: Assignee[];
  initialFilters: Filters;
  initialPage: QueuePage;
  initialCounts: QueueCountsResponse;
  /** The case claim-next would take when the page was rendered (null: none, or the viewer cannot claim). */
  nextToClaim: string | null;
}) {
  const panelId = useId();
  const [filters, setFilters] = useState<Filters>(initialFilters);
  const router = useRouter();
  const {
    query,
    items: loaded,
    kept,
    counts,
    liveStatus,
  } = useQueueItems(filters, initialFilters, initialPage, initialCounts);
  // Grouping by account only reorders the rows loaded (groups in the order
  // of their most urgent case), so paging, polling and j/k work unchanged.
  const [grouped, setGrouped] = useState(false);
  const items = useMemo(() => (grouped ? groupedOrder(loaded) : loaded), [grouped, loaded]);
  const cursor = useQueueCursor(items, initialPage.items[0]?.id ?? null);
  const selection = useQueueSelection(items, cursor.focused);
  // What Enter and n will most likely open, ready before they are pressed.
  useCasePrefetch([cursor.focusedId, nextToClaim]);
  const [breakdownId, setBreakdownId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<QueueDialog>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // Set once the page is interactive (keyboard bound), so tests and scripts can wait for it.
  const ready = useHydrated();

  const closed = filters.tab === "resolved";
  const canSelect = !closed && (viewer.can.decide || viewer.can.assign);
  const row = useRowActions(viewer, kept, {
    canSelect,
    toggleSelect: selection.toggle,
    focusRow: cursor.setFocusedId,
    showBreakdown: setBreakdownId,
  });

  // The URL follows the filters (shareable, survives reload) without a server round trip.
  useEffect(() => {
    const qs = filtersToSearchParams(filters).toString();
    window.history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
  }, [filters]);

  const { clear: clearKept } = kept;
  const { clear: clearSelection } = selection;
  const { resetPosition } = cursor;
  const changeFilters = useCallback(
    (patch: Partial<Filters>) => {
      setFilters((current) => ({ ...current, ...patch }));
      clearKept();
      clearSelection();
      setBreakdownId(null);
      resetPosition();
    },
    [clearKept, clearSelection, resetPosition],
  );

  useQueueShortcuts({
    focused: cursor.focused,
    closed,
    can: { select: canSelect, decide: viewer.can.decide, assign: viewer.can.assign },
    hasTargets: selection.targets.length > 0,
    move: (step) => {
      if (cursor.move(step) && query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
    },
    row,
    toggleSelect: selection.toggle,
    clearSelection,
    breakdown: { id: breakdownId, set: setBreakdownId },
    openDialog: setDialog,
    searchRef,
    openAccount: (item) =>
      item.handle ? router.push(accountHref({ id: item.accountId, handle: item.handle })) : undefined,
    toggleGrouped: () => setGrouped((on) => !on),
  });

  return (
    <>
      <QueueHeader
        canClaim={viewer.can.claim}
        claiming={row.claimingNext}
        onClaimNext={row.claimNextCase}
        onHelp={() => setDialog("help")}
      />
      <QueueTabs
        tab={filters.tab}
        counts={counts}
        panelId={panelId}
        onChange={(tab) => changeFilters({ tab, sort: undefined })}
      />
      <QueueFilters
        filters={filters}
        assignees={assignees}
        viewerId={viewer.id}
        searchRef={searchRef}
        onChange={changeFilters}
      />

      <section
        id={panelId}
        role="tabpanel"
        aria-labelledby={`queue-tab-${filters.tab}`}
        aria-busy={query.isFetching && !query.isRefetching}
        data-ready={ready || undefined}
      >
        {canSelect && selection.selectedItems.length > 0 ? (
          <BulkBar
            count={selection.selectedItems.length}
            canDismiss={viewer.can.decide}
            canAssign={viewer.can.assign}
            onDismiss={() => setDialog("dismiss")}
            onAssign={() => setDialog("assign")}
            onClear={clearSelection}
          />
        ) : null}
        <div className="mb-2 flex justify-end">
          {/* A toggle button, not a checkbox: the queue's checkboxes are the row selection. */}
          <Button
            size="sm"
            aria-pressed={grouped}
            onClick={() => setGrouped((on) => !on)}
            className="aria-pressed:border-accent aria-pressed:bg-accent-subtle aria-pressed:text-fg"
          >
            {grouped ? "✓ Grouped by account" : "Group by account"} <span className="text-muted">(g)</span>
          </Button>
        </div>
        <QueueResults
          grouped={grouped}
          loading={query.isPending}
          filters={filters}
          items={items}
          viewerId={viewer.id}
          focusedId={cursor.focusedId}
          selected={selection.selected}
          breakdownId={breakdownId}
          pendingIds={row.pendingIds}
          rowRefs={cursor.rowRefs}
          actions={row.tableActions}
          allSelected={selection.allSelected}
          onToggleAll={selection.toggleAll}
        />
        <QueueFooter
          error={query.isRefetchError || query.isError}
          liveStatus={liveStatus}
          updatedAt={query.dataUpdatedAt}
          shown={items.length}
          total={counts?.[filters.tab]}
          hasMore={query.hasNextPage}
          loadingMore={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      </section>

      <QueueBulkDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        targets={selection.targets}
        assignees={assignees}
        can={{ claim: viewer.can.claim, select: canSelect, assign: viewer.can.assign }}
        onDone={clearSelection}
      />
    </>
  );
}
