"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { AssignDialog, DismissDialog, ShortcutsDialog } from "@/components/queue/queue-dialogs";
import { QueueFilters } from "@/components/queue/queue-filters";
import { QueueTable, type RowActions } from "@/components/queue/queue-table";
import { QueueTabs, TAB_LABELS } from "@/components/queue/queue-tabs";
import { useBulkActions, useClaimActions, useQueue, useQueueCounts } from "@/components/queue/use-queue";
import { useQueueKeyboard } from "@/components/queue/use-queue-keyboard";
import { Kbd } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingRows } from "@/components/ui/loading-rows";
import { caseReference } from "@/lib/cases/labels";
import { formatCount } from "@/lib/format/time";
import {
  effectiveSort,
  filtersToSearchParams,
  type Assignee,
  type QueueFilters as Filters,
  type QueueItem,
  type QueueCountsResponse,
  type QueuePage,
  type QueueSort,
  type QueueTab,
} from "@/lib/queue/schemas";

export interface QueueViewer {
  id: string;
  name: string;
  can: { claim: boolean; decide: boolean; assign: boolean; decideEscalated: boolean };
}

/** How long a case claimed from the Unassigned tab stays listed there. */
const KEEP_CLAIMED_MS = 2 * 60_000;

/** The server's order, for merging kept rows back into a page. */
function compareFor(sort: QueueSort): (a: QueueItem, b: QueueItem) => number {
  const byId = (a: QueueItem, b: QueueItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  switch (sort) {
    case "priority":
      return (a, b) => b.priority - a.priority || byId(a, b);
    case "oldest":
      return (a, b) => a.firstReportedAt.localeCompare(b.firstReportedAt) || byId(a, b);
    case "newest":
      return (a, b) => b.lastReportedAt.localeCompare(a.lastReportedAt) || byId(b, a);
    case "closed":
      return (a, b) => (b.closedAt ?? "").localeCompare(a.closedAt ?? "") || byId(b, a);
  }
}

const EMPTY: Record<QueueTab, { title: string; hint: string }> = {
  unassigned: { title: "Nothing waiting", hint: "Every open case is held by someone. New reports appear here as they arrive." },
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
  const initialCountsFor = useMemo(() => ({ filters: initialFilters, counts: initialCounts }), [initialFilters, initialCounts]);
  const countsQuery = useQueueCounts(filters, initialCountsFor);
  const { claim, release, claimNext } = useClaimActions(viewer);
  const bulk = useBulkActions(assignees);

  // Cases claimed from the Unassigned tab would leave it at the next
  // refresh, under the cursor of someone about to press Enter on them; they
  // stay listed (as "You") until the filters change or a while has passed.
  const [kept, setKept] = useState<ReadonlyMap<string, { item: QueueItem; until: number }>>(new Map());
  const items = useMemo(() => {
    const seen = new Set<string>();
    const fresh = (query.data?.pages ?? []).flatMap((p) => p.items).filter((i) => !seen.has(i.id) && seen.add(i.id));
    const extra = [...kept.values()].filter((k) => !seen.has(k.item.id) && k.until > Date.now()).map((k) => k.item);
    return extra.length ? [...fresh, ...extra].sort(compareFor(effectiveSort(filters))) : fresh;
  }, [query.data, kept, filters]);
  const counts = countsQuery.data?.counts ?? null;

  const [focusedId, setFocusedId] = useState<string | null>(initialPage.items[0]?.id ?? null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [breakdownId, setBreakdownId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<"help" | "dismiss" | "assign" | null>(null);
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());
  const searchRef = useRef<HTMLInputElement>(null);
  const lastIndex = useRef(0);

  // Set once the page is interactive (keyboard bound), so tests and scripts can wait for it.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

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

  const changeFilters = useCallback((patch: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setKept(new Map());
    setSelected(new Set());
    setBreakdownId(null);
    lastIndex.current = 0;
  }, []);

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
      if (item.claim) return toast.error(`${caseReference(item.number)} is held by ${item.claim.name}. Pick another case, or ask staff to reassign it.`);
      claim.mutate(item, {
        onSuccess: (result) => {
          if (filters.tab !== "unassigned") return;
          setKept((current) =>
            new Map(current).set(item.id, { item: { ...item, version: result.version, claim: result.claim }, until: Date.now() + KEEP_CLAIMED_MS }),
          );
        },
      });
    },
    [claim, viewer, filters.tab],
  );

  const releaseItem = useCallback(
    (item: QueueItem) => {
      if (item.claim?.userId !== viewer.id) return toast.error(`You do not hold ${caseReference(item.number)}.`);
      release.mutate(item, {
        onSuccess: (result) =>
          setKept((current) => {
            const entry = current.get(item.id);
            if (!entry) return current;
            return new Map(current).set(item.id, { ...entry, item: { ...entry.item, version: result.version, claim: null } });
          }),
      });
    },
    [release, viewer.id],
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
      if (step === 1 && index >= items.length - 3 && query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
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

  const shown = items.length;
  const total = counts?.[filters.tab];

  return (
    <>
      <header className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">Queue</h1>
          <p className="mt-1 text-sm text-slate-600">Cases ranked by priority. Claim one to work on it: everyone else sees it taken within seconds.</p>
        </div>
        <div className="flex items-center gap-2">
          <button
            type="button"
            onClick={() => setDialog("help")}
            className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
          >
            Shortcuts <Kbd>?</Kbd>
          </button>
          {viewer.can.claim ? (
            <button
              type="button"
              onClick={claimNextCase}
              disabled={claimNext.isPending}
              className="inline-flex items-center gap-2 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 disabled:opacity-60"
            >
              {claimNext.isPending ? "Claiming…" : "Claim next"}
              <kbd className="rounded border border-indigo-400 px-1 font-mono text-[11px] font-medium text-indigo-100">n</kbd>
            </button>
          ) : null}
        </div>
      </header>

      <QueueTabs tab={filters.tab} counts={counts} panelId={panelId} onChange={(tab) => changeFilters({ tab, sort: undefined })} />
      <QueueFilters filters={filters} assignees={assignees} viewerId={viewer.id} searchRef={searchRef} onChange={changeFilters} />

      <section
        id={panelId}
        role="tabpanel"
        aria-labelledby={`queue-tab-${filters.tab}`}
        aria-busy={query.isFetching && !query.isRefetching}
        data-ready={ready || undefined}
      >
        {canSelect && selectedItems.length > 0 ? (
          <div role="region" aria-label="Bulk actions" className="sticky top-0 z-10 mb-2 flex items-center gap-3 rounded-lg border border-indigo-200 bg-indigo-50 px-4 py-2 text-sm">
            <span className="font-medium text-indigo-900">
              {selectedItems.length} selected
            </span>
            {viewer.can.decide ? (
              <button type="button" onClick={() => setDialog("dismiss")} className="rounded-md bg-white px-2.5 py-1 font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 hover:bg-slate-50">
                Dismiss… <span className="text-slate-400">d</span>
              </button>
            ) : null}
            {viewer.can.assign ? (
              <button type="button" onClick={() => setDialog("assign")} className="rounded-md bg-white px-2.5 py-1 font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 hover:bg-slate-50">
                Assign… <span className="text-slate-400">a</span>
              </button>
            ) : null}
            <button type="button" onClick={() => setSelected(new Set())} className="ml-auto font-medium text-indigo-800 hover:underline">
              Clear selection
            </button>
          </div>
        ) : null}

        {query.isPending ? (
          <LoadingRows label={`Loading ${TAB_LABELS[filters.tab].toLowerCase()} cases…`} />
        ) : items.length === 0 ? (
          filters.q || filters.category || filters.source || filters.subject || filters.age ? (
            <EmptyState title="No case matches" hint="Try fewer filters, or another spelling of the handle, title or contact value." />
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
            allSelected={selectedItems.length > 0 && selectedItems.length === items.length}
            onToggleAll={() => setSelected(selectedItems.length === items.length ? new Set() : new Set(items.map((i) => i.id)))}
          />
        )}

        <footer className="mt-3 flex items-center justify-between text-xs text-slate-500">
          <LiveStatus error={query.isRefetchError || query.isError} updatedAt={query.dataUpdatedAt} />
          <div className="flex items-center gap-3">
            {shown > 0 ? (
              <span>
                Showing {formatCount(shown)}
                {total !== undefined && total >= shown ? ` of ${total > 1000 ? "1,000+" : formatCount(total)}` : ""}
              </span>
            ) : null}
            {query.hasNextPage ? (
              <button
                type="button"
                onClick={() => void query.fetchNextPage()}
                disabled={query.isFetchingNextPage}
                className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-50"
              >
                {query.isFetchingNextPage ? "Loading…" : "Load more"}
              </button>
            ) : null}
          </div>
        </footer>
      </section>

      <ShortcutsDialog open={dialog === "help"} onClose={() => setDialog(null)} can={{ claim: viewer.can.claim, select: canSelect, assign: viewer.can.assign }} />
      <DismissDialog
        open={dialog === "dismiss"}
        count={bulkTargets.length}
        onClose={() => setDialog(null)}
        onConfirm={(reason) => {
          setDialog(null);
          bulk.mutate({ action: "dismiss", reason, cases: bulkTargets.map((i) => ({ caseId: i.id, version: i.version })) });
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
          bulk.mutate({ action: "assign", assigneeId, cases: bulkTargets.map((i) => ({ caseId: i.id, version: i.version })) });
          setSelected(new Set());
        }}
      />
    </>
  );
}

/** Says the list is live, and says so plainly when the connection drops. */
function LiveStatus({ error, updatedAt }: { error: boolean; updatedAt: number }) {
  if (error) {
    return (
      <p role="status" className="inline-flex items-center gap-1.5 font-medium text-amber-800">
        <span aria-hidden className="size-2 rounded-full bg-amber-500" />
        Connection lost: showing the last known state, retrying…
      </p>
    );
  }
  return (
    <p className="inline-flex items-center gap-1.5" title={updatedAt ? `Updated ${new Date(updatedAt).toLocaleTimeString()}` : undefined}>
      <span aria-hidden className="size-2 rounded-full bg-emerald-500" />
      Live: updates every 2 seconds
    </p>
  );
}
