"use client";

import { useHydrated } from "@/components/ui/use-now";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { BulkBar } from "@/components/cases/queue/bulk-bar";
import { AssignDialog, DismissDialog, ShortcutsDialog } from "@/components/cases/queue/queue-dialogs";
import { accountHref } from "@/components/accounts/account-href";
import { groupedOrder } from "@/lib/cases/queue/group-by-account";
import { QueueFooter } from "@/components/cases/queue/queue-footer";
import { QueueHeader } from "@/components/cases/queue/queue-header";
import { QueueFilters } from "@/components/cases/queue/queue-filters";
import { QueueTable, type RowActions } from "@/components/cases/queue/queue-table";
import { QueueTabs, TAB_LABELS } from "@/components/cases/queue/queue-tabs";
import { useBulkActions, useClaimActions, useQueue, useQueueCounts } from "@/components/cases/queue/use-queue";
import { useKeptClaims } from "@/components/cases/queue/use-kept-claims";
import { useQueueKeyboard } from "@/components/cases/queue/use-queue-keyboard";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingRows } from "@/components/ui/loading-rows";
import { CLAIM_TTL_MS } from "@/lib/cases/claims/policy";
import { caseReference } from "@/lib/cases/labels";
import {
  filtersToSearchParams,
  type Assignee,
  type QueueFilters as Filters,
  type QueueItem,
  type QueueCountsResponse,
  type QueuePage,
  type QueueTab,
} from "@/lib/cases/queue/schemas";

export interface QueueViewer {
  id: string;
  name: string;
  can: { claim: boolean; decide: boolean; assign: boolean; decideEscalated: boolean };
}

const EMPTY: Record<QueueTab, { title: string; hint: string }> = {
  unassigned: {
    title: "Nothing waiting",
    hint: "Every open case is held by someone. New reports appear here as they arrive.",
  },
  mine: { title: "You hold no cases", hint: "Claim one from Unassigned, or press n for the most urgent." },
  open: { title: "No open cases", hint: "New reports appear here as they arrive." },
  escalated: { title: "Nothing escalated", hint: "Cases moderators escalate to staff appear here." },
  resolved: { title: "Nothing resolved yet", hint: "Dismissed and resolved cases appear here." },
};

export function QueueView({
  viewer,
  assignees,
  initialFilters,
  initialPage,
  initialCounts,
}: {
  viewer: QueueViewer;
  assignees: Assignee[];
  initialFilters: Filters;
  initialPage: QueuePage;
  initialCounts: QueueCountsResponse;
}) {
  const router = useRouter();
  const panelId = useId();
  const [filters, setFilters] = useState<Filters>(initialFilters);
  const initial = useMemo(() => ({ filters: initialFilters, page: initialPage }), [initialFilters, initialPage]);
  const query = useQueue(filters, initial);
  const initialCountsFor = useMemo(
    () => ({ filters: initialFilters, counts: initialCounts }),
    [initialFilters, initialCounts],
  );
  const countsQuery = useQueueCounts(filters, initialCountsFor);
  const { claim, release, claimNext } = useClaimActions(viewer);
  const bulk = useBulkActions(assignees);

  const fresh = useMemo(() => {
    const seen = new Set<string>();
    return (query.data?.pages ?? []).flatMap((p) => p.items).filter((i) => !seen.has(i.id) && seen.add(i.id));
  }, [query.data]);
  const kept = useKeptClaims(filters, fresh);
  // Grouping by account only reorders the rows loaded (groups in the order
  // of their most urgent case), so paging, polling and j/k work unchanged.
  const [grouped, setGrouped] = useState(false);
  const items = useMemo(() => (grouped ? groupedOrder(kept.items) : kept.items), [grouped, kept.items]);
  const counts = countsQuery.data?.counts ?? null;

  const [focusedId, setFocusedId] = useState<string | null>(initialPage.items[0]?.id ?? null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [breakdownId, setBreakdownId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<"help" | "dismiss" | "assign" | null>(null);
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());
  const searchRef = useRef<HTMLInputElement>(null);
  const lastIndex = useRef(0);

  // Set once the page is interactive (keyboard bound), so tests and scripts can wait for it.
  const ready = useHydrated();

  const closed = filters.tab === "resolved";
  const canSelect = !closed && (viewer.can.decide || viewer.can.assign);

  // The URL follows the filters (shareable, survives reload) without a server round trip.
  useEffect(() => {
    const qs = filtersToSearchParams(filters).toString();
    window.history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
  }, [filters]);

  // Rows come and go as others work: keep the cursor on the same case, or
  // where that case was when it left.
  useEffect(() => {
    if (items.length === 0) return;
    const index = items.findIndex((i) => i.id === focusedId);
    if (index >= 0) {
      lastIndex.current = index;
      return;
    }
    const next = items[Math.min(lastIndex.current, items.length - 1)]!;
    const hadDomFocus = document.activeElement?.tagName === "TR";
    setFocusedId(next.id);
    if (hadDomFocus) requestAnimationFrame(() => rowRefs.current.get(next.id)?.focus({ preventScroll: true }));
  }, [items, focusedId]);

  const { keep, forget, update: updateKept, clear: clearKept } = kept;
  const changeFilters = useCallback(
    (patch: Partial<Filters>) => {
      setFilters((current) => ({ ...current, ...patch }));
      clearKept();
      setSelected(new Set());
      setBreakdownId(null);
      lastIndex.current = 0;
    },
    [clearKept],
  );

  const focusRow = useCallback((id: string) => {
    setFocusedId(id);
    const row = rowRefs.current.get(id);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: "nearest" });
  }, []);

  const openCase = useCallback((item: QueueItem) => router.push(`/cases/${item.id}`), [router]);

  const claimItem = useCallback(
    (item: QueueItem) => {
      if (!viewer.can.claim) return toast.error("Your role cannot claim cases.");
      if (item.claim?.userId === viewer.id) return toast.info(`You already hold ${caseReference(item.number)}.`);
      // The row already says who holds it; saying it again beats a round trip.
      if (item.claim)
        return toast.error(
          `${caseReference(item.number)} is held by ${item.claim.name}. Pick another case, or ask staff to reassign it.`,
        );
      // Kept from the moment of claiming, not from the answer: a refresh that
      // lands in between would otherwise drop the row from under the cursor.
      keep({
        ...item,
        claim: { userId: viewer.id, name: viewer.name, expiresAt: new Date(Date.now() + CLAIM_TTL_MS).toISOString() },
      });
      claim.mutate(item, {
        onSuccess: (result) => keep({ ...item, version: result.version, claim: result.claim }),
        onError: () => forget(item.id),
      });
    },
    [claim, viewer, keep, forget],
  );

  const releaseItem = useCallback(
    (item: QueueItem) => {
      if (item.claim?.userId !== viewer.id) return toast.error(`You do not hold ${caseReference(item.number)}.`);
      release.mutate(item, { onSuccess: (result) => updateKept(item.id, { version: result.version, claim: null }) });
    },
    [release, viewer.id, updateKept],
  );

  const claimNextCase = useCallback(() => {
    if (!viewer.can.claim) return toast.error("Your role cannot claim cases.");
    claimNext.mutate(undefined, { onSuccess: (result) => router.push(`/cases/${result.caseId}`) });
  }, [claimNext, router, viewer.can.claim]);

  const toggleSelect = useCallback((item: QueueItem) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(item.id)) next.delete(item.id);
      else next.add(item.id);
      return next;
    });
  }, []);

  const selectedItems = useMemo(() => items.filter((i) => selected.has(i.id)), [items, selected]);
  const focused = items.find((i) => i.id === focusedId) ?? null;
  // Bulk actions apply to the selection, or to the focused case when nothing is selected.
  const bulkTargets = selectedItems.length ? selectedItems : focused ? [focused] : [];

  const actions: RowActions = useMemo(
    () => ({
      canClaim: viewer.can.claim,
      canClaimEscalated: viewer.can.decideEscalated,
      canSelect,
      onClaim: claimItem,
      onRelease: releaseItem,
      onToggleSelect: toggleSelect,
      onFocusRow: (item) => setFocusedId(item.id),
      onOpen: openCase,
      onToggleBreakdown: (item, open) => setBreakdownId(open ? item.id : null),
    }),
    [viewer.can, canSelect, claimItem, releaseItem, toggleSelect, openCase],
  );

  const move = useCallback(
    (step: 1 | -1) => {
      if (items.length === 0) return;
      const index = items.findIndex((i) => i.id === focusedId);
      const next = items[Math.max(0, Math.min(items.length - 1, index < 0 ? 0 : index + step))]!;
      focusRow(next.id);
      if (step === 1 && index >= items.length - 3 && query.hasNextPage && !query.isFetchingNextPage)
        void query.fetchNextPage();
    },
    [items, focusedId, focusRow, query],
  );

  useQueueKeyboard({
    enabled: dialog === null,
    onKey: (key) => {
      switch (key) {
        case "j":
          return move(1);
        case "k":
          return move(-1);
        case "Enter":
          return focused ? openCase(focused) : undefined;
        case "c":
          return focused && !closed ? claimItem(focused) : undefined;
        case "r":
          return focused && !closed ? releaseItem(focused) : undefined;
        case "n":
          return claimNextCase();
        case "p":
          return focused ? setBreakdownId((id) => (id === focused.id ? null : focused.id)) : undefined;
        case "u":
          return focused?.handle
            ? router.push(accountHref({ id: focused.accountId, handle: focused.handle }))
            : undefined;
        case "g":
          return setGrouped((on) => !on);
        case "x":
          return focused && canSelect ? toggleSelect(focused) : undefined;
        case "d":
          if (!viewer.can.decide || closed) return;
          return bulkTargets.length ? setDialog("dismiss") : undefined;
        case "a":
          if (!viewer.can.assign || closed) return;
          return bulkTargets.length ? setDialog("assign") : undefined;
        case "/":
          return searchRef.current?.focus();
        case "?":
          return setDialog("help");
        case "Escape":
          if (breakdownId) return setBreakdownId(null);
          return setSelected(new Set());
      }
    },
  });

  const pendingIds = useMemo(() => {
    const ids = new Set<string>();
    if (claim.isPending && claim.variables) ids.add(claim.variables.id);
    if (release.isPending && release.variables) ids.add(release.variables.id);
    return ids;
  }, [claim.isPending, claim.variables, release.isPending, release.variables]);

  return (
    <>
      <QueueHeader
        canClaim={viewer.can.claim}
        claiming={claimNext.isPending}
        onClaimNext={claimNextCase}
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
        {canSelect && selectedItems.length > 0 ? (
          <BulkBar
            count={selectedItems.length}
            canDismiss={viewer.can.decide}
            canAssign={viewer.can.assign}
            onDismiss={() => setDialog("dismiss")}
            onAssign={() => setDialog("assign")}
            onClear={() => setSelected(new Set())}
          />
        ) : null}

        <div className="mb-2 flex justify-end">
          <label className="inline-flex items-center gap-2 text-xs text-slate-700">
            <input
              type="checkbox"
              checked={grouped}
              onChange={(e) => setGrouped(e.target.checked)}
              className="size-4 rounded border-slate-300 accent-indigo-600"
            />
            Group by account <span className="text-slate-400">(g)</span>
          </label>
        </div>

        {query.isPending ? (
          <LoadingRows label={`Loading ${TAB_LABELS[filters.tab].toLowerCase()} cases…`} />
        ) : items.length === 0 ? (
          filters.q || filters.category || filters.source || filters.subject || filters.age ? (
            <EmptyState
              title="No case matches"
              hint="Try fewer filters, or another spelling of the handle, title or contact value."
            />
          ) : (
            <EmptyState {...EMPTY[filters.tab]} />
          )
        ) : (
          <QueueTable
            tab={filters.tab}
            items={items}
            viewerId={viewer.id}
            focusedId={focusedId}
            selected={selected}
            breakdownId={breakdownId}
            pendingIds={pendingIds}
            rowRefs={rowRefs}
            actions={actions}
            grouped={grouped}
            allSelected={selectedItems.length > 0 && selectedItems.length === items.length}
            onToggleAll={() =>
              setSelected(selectedItems.length === items.length ? new Set() : new Set(items.map((i) => i.id)))
            }
          />
        )}

        <QueueFooter
          error={query.isRefetchError || query.isError}
          updatedAt={query.dataUpdatedAt}
          shown={items.length}
          total={counts?.[filters.tab]}
          hasMore={query.hasNextPage}
          loadingMore={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      </section>

      <ShortcutsDialog
        open={dialog === "help"}
        onClose={() => setDialog(null)}
        can={{ claim: viewer.can.claim, select: canSelect, assign: viewer.can.assign }}
      />
      <DismissDialog
        open={dialog === "dismiss"}
        count={bulkTargets.length}
        onClose={() => setDialog(null)}
        onConfirm={(reason) => {
          setDialog(null);
          bulk.mutate({
            action: "dismiss",
            reason,
            requestId: crypto.randomUUID(),
            cases: bulkTargets.map((i) => ({ caseId: i.id, version: i.version })),
          });
          setSelected(new Set());
        }}
      />
      <AssignDialog
        open={dialog === "assign"}
        count={bulkTargets.length}
        assignees={assignees}
        onClose={() => setDialog(null)}
        onConfirm={(assigneeId) => {
          setDialog(null);
          bulk.mutate({
            action: "assign",
            assigneeId,
            cases: bulkTargets.map((i) => ({ caseId: i.id, version: i.version })),
          });
          setSelected(new Set());
        }}
      />
    </>
  );
}
