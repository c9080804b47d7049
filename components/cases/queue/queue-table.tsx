"use client";

import { useNow } from "@/components/ui/use-now";
import Link from "next/link";
import { memo, type ReactNode, type RefObject } from "react";
import { AccountLink } from "@/components/accounts/account-link";
import { AccountStatusBadge } from "@/components/accounts/account-status";
import { PriorityBreakdown } from "@/components/cases/queue/priority-breakdown";
import { accountGroups } from "@/lib/cases/queue/group-by-account";
import { RelativeTime } from "@/components/ui/relative-time";
import { CATEGORY_LABELS, caseReference, STATUS_LABELS, SUBJECT_LABELS } from "@/lib/cases/labels";
import { formatCount } from "@/lib/ui/time";
import type { QueueItem, QueueTab } from "@/lib/cases/queue/schemas";
import { Button } from "@/components/ui/button";

const TAB_CAPTIONS: Record<QueueTab, string> = {
  unassigned: "Unassigned cases",
  mine: "My cases",
  open: "All open cases",
  escalated: "Escalated cases",
  appeals: "Appeals waiting for staff",
  resolved: "Resolved cases",
};

/** The SLA: a case waiting longer than this is overdue. */
const SLA_MS = 24 * 3_600_000;

export interface RowActions {
  canClaim: boolean;
  /** Escalated cases are staff's to take. */
  canClaimEscalated: boolean;
  canSelect: boolean;
  onClaim: (item: QueueItem) => void;
  onRelease: (item: QueueItem) => void;
  onToggleSelect: (item: QueueItem) => void;
  onFocusRow: (item: QueueItem) => void;
  onOpen: (item: QueueItem) => void;
  onToggleBreakdown: (item: QueueItem, open: boolean) => void;
}

export function QueueTable({
  tab,
  items,
  viewerId,
  focusedId,
  selected,
  breakdownId,
  pendingIds,
  rowRefs,
  actions,
  allSelected,
  onToggleAll,
  grouped = false,
}: {
  tab: QueueTab;
  items: QueueItem[];
  viewerId: string;
  focusedId: string | null;
  selected: ReadonlySet<string>;
  breakdownId: string | null;
  pendingIds: ReadonlySet<string>;
  rowRefs: RefObject<Map<string, HTMLTableRowElement>>;
  actions: RowActions;
  allSelected: boolean;
  onToggleAll: () => void;
  /** Rows come grouped by account (queue-view orders them): a heading row starts each group. */
  grouped?: boolean;
}) {
  const closed = tab === "resolved";
  const columns = (actions.canSelect && !closed ? 1 : 0) + 7 + (closed ? 0 : 1);
  const row = (item: QueueItem) => (
    <QueueRow
      key={item.id}
      item={item}
      closed={closed}
      viewerId={viewerId}
      focused={item.id === focusedId}
      selected={selected.has(item.id)}
      breakdownOpen={item.id === breakdownId}
      pending={pendingIds.has(item.id)}
      rowRefs={rowRefs}
      actions={actions}
    />
  );
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{TAB_CAPTIONS[tab]}</caption>
        <thead className="border-b border-slate-200 bg-slate-50/80 text-xs whitespace-nowrap text-slate-600">
          <tr>
            {actions.canSelect && !closed ? (
              <th scope="col" className="w-10 py-2 pl-4">
                <input
                  type="checkbox"
                  checked={allSelected}
                  onChange={onToggleAll}
                  aria-label="Select all cases shown"
                  className="size-4 rounded border-slate-300 accent-indigo-600"
                />
              </th>
            ) : null}
            <th scope="col" className="px-3 py-2 font-medium">
              Case
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Subject
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Categories
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Priority
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Reports
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {closed ? "Closed" : "Waiting"}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {closed ? "Outcome" : "Held by"}
            </th>
            {!closed ? (
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        {grouped ? (
          accountGroups(items).map((group) => (
            <tbody key={group.key} className="divide-y divide-slate-100 border-t-2 border-slate-200">
              <tr className="bg-slate-50/70">
                <th
                  scope="rowgroup"
                  colSpan={columns}
                  className="px-4 py-1.5 text-left text-xs font-medium text-slate-600"
                >
                  {group.accountId && group.handle ? (
                    <AccountLink id={group.accountId} handle={group.handle} tabIndex={-1} />
                  ) : (
                    <span>No single account</span>
                  )}{" "}
                  {group.status ? (
                    <AccountStatusBadge
                      status={group.status}
                      restrictedUntil={group.restrictedUntil}
                      hideActive
                      size="xs"
                    />
                  ) : null}{" "}
                  <span className="font-normal text-slate-500">
                    · {group.items.length} case{group.items.length === 1 ? "" : "s"} shown
                  </span>
                </th>
              </tr>
              {group.items.map(row)}
            </tbody>
          ))
        ) : (
          <tbody className="divide-y divide-slate-100">{items.map(row)}</tbody>
        )}
      </table>
    </div>
  );
}

const QueueRow = memo(function QueueRow({
  item,
  closed,
  viewerId,
  focused,
  selected,
  breakdownOpen,
  pending,
  rowRefs,
  actions,
}: {
  item: QueueItem;
  closed: boolean;
  viewerId: string;
  focused: boolean;
  selected: boolean;
  breakdownOpen: boolean;
  pending: boolean;
  rowRefs: RefObject<Map<string, HTMLTableRowElement>>;
  actions: RowActions;
}) {
  const ref = caseReference(item.number);
  const mine = item.claim?.userId === viewerId;
  const heldByOther = !!item.claim && !mine;
  const now = useNow();
  const overdue = !closed && now !== null && now - new Date(item.firstReportedAt).getTime() > SLA_MS;

  return (
    <tr
      ref={(el) => {
        if (el) rowRefs.current.set(item.id, el);
        else rowRefs.current.delete(item.id);
      }}
      tabIndex={focused ? 0 : -1}
      aria-selected={actions.canSelect ? selected : undefined}
      data-case-id={item.id}
      data-focused={focused || undefined}
      onFocus={(event) => {
        if (event.target === event.currentTarget) actions.onFocusRow(item);
      }}
      onClick={() => actions.onFocusRow(item)}
      onDoubleClick={() => actions.onOpen(item)}
      className={`group align-top transition-colors focus-visible:outline-offset-[-2px] ${
        focused
          ? "bg-indigo-50/70 shadow-[inset_3px_0_0_var(--color-indigo-600)]"
          : selected
            ? "bg-sky-50/60"
            : "hover:bg-slate-50"
      }`}
    >
      {actions.canSelect && !closed ? (
        <td className="py-3 pl-4">
          <input
            type="checkbox"
            checked={selected}
            onChange={() => actions.onToggleSelect(item)}
            onClick={(event) => event.stopPropagation()}
            aria-label={`Select ${ref}`}
            tabIndex={-1}
            className="size-4 rounded border-slate-300 accent-indigo-600"
          />
        </td>
      ) : null}
      <td className="px-3 py-3 whitespace-nowrap">
        <Link
          href={`/cases/${item.id}`}
          tabIndex={-1}
          className="font-mono text-xs font-semibold text-indigo-700 hover:underline"
        >
          {ref}
        </Link>
        <span className="mt-0.5 block text-xs text-slate-600">{statusLabel(item)}</span>
      </td>
      <td className="max-w-sm px-3 py-3">
        <SubjectCell item={item} focused={focused} />
      </td>
      <td className="px-3 py-3">
        <Categories item={item} />
      </td>
      <td className="px-3 py-2.5 text-right">
        <PriorityBreakdown
          caseLabel={ref}
          score={item.priority}
          breakdown={item.priorityBreakdown}
          open={breakdownOpen}
          onToggle={(open) => actions.onToggleBreakdown(item, open)}
        />
      </td>
      <td className="px-3 py-3 text-right tabular-nums">
        {formatCount(item.reportCount)}
        {reportSources(item).map((line) => (
          <span key={line} className="block text-xs whitespace-nowrap text-slate-600">
            {line}
          </span>
        ))}
      </td>
      <td className="px-3 py-3 text-xs whitespace-nowrap text-slate-600">
        <RelativeTime iso={closed ? (item.closedAt ?? item.lastReportedAt) : item.firstReportedAt} />
        {overdue ? (
          <span className="mt-0.5 block text-rose-700" title="Waiting longer than the 24-hour SLA">
            Overdue
          </span>
        ) : null}
      </td>
      <td className="px-3 py-3 text-xs whitespace-nowrap">
        {closed ? (
          <span className="text-slate-600">{STATUS_LABELS[item.status]}</span>
        ) : item.claim ? (
          <span className={`inline-flex items-center gap-1 ${mine ? "font-medium text-indigo-800" : "text-slate-700"}`}>
            <LockIcon />
            {mine ? "You" : `Held by ${item.claim.name}`}
          </span>
        ) : (
          <span className="text-slate-600">Nobody</span>
        )}
      </td>
      {!closed ? (
        <td className="px-3 py-2.5 text-right whitespace-nowrap">
          {actions.canClaim && !item.claim && (item.status !== "ESCALATED" || actions.canClaimEscalated) ? (
            <Button
              disabled={pending}
              onClick={(event) => {
                event.stopPropagation();
                actions.onClaim(item);
              }}
              aria-label={`Claim ${ref}`}
              size="sm"
              className="text-accent-text"
            >
              Claim
            </Button>
          ) : null}
          {mine ? (
            <Button
              disabled={pending}
              onClick={(event) => {
                event.stopPropagation();
                actions.onRelease(item);
              }}
              aria-label={`Release ${ref}`}
              size="sm"
            >
              Release
            </Button>
          ) : null}
          {heldByOther ? <span className="sr-only">{`${ref} is taken`}</span> : null}
        </td>
      ) : null}
    </tr>
  );
});

function reportSources(item: QueueItem): string[] {
  if (item.reporterCount === 0) return [item.hasAutomaticReport ? "detector only" : "no reporter"];
  const people = `${formatCount(item.reporterCount)} ${item.reporterCount === 1 ? "person" : "people"}`;
  return item.hasAutomaticReport ? [people, "+ detector"] : [people];
}

function statusLabel(item: QueueItem): string {
  // A lapsed claim leaves IN_REVIEW behind until someone touches the case;
  // to readers the case is simply open again.
  if (item.status === "IN_REVIEW" && !item.claim) return STATUS_LABELS.OPEN;
  return STATUS_LABELS[item.status];
}

/** Two categories at most, so rows stay one line high; the rest are counted and named in the tooltip. */
function Categories({ item }: { item: QueueItem }) {
  const labels = item.categories.map((c) => CATEGORY_LABELS[c]);
  const shown = labels.slice(0, 2);
  const rest = labels.slice(2);
  return (
    <div className="flex max-w-64 min-w-40 flex-wrap items-center gap-1">
      {shown.map((label) => (
        <span key={label} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs whitespace-nowrap text-slate-700">
          {label}
        </span>
      ))}
      {rest.length ? (
        <span title={rest.join(", ")} className="rounded-full px-1.5 py-0.5 text-xs whitespace-nowrap text-slate-600">
          +{rest.length}
          <span className="sr-only"> more: {rest.join(", ")}</span>
        </span>
      ) : null}
      {labels.length === 0 ? <span className="text-xs text-slate-600">—</span> : null}
    </div>
  );
}

/**
 * What the case is about, with the handles as links to their account pages
 * (reachable by Tab from the focused row only, so the queue stays one tab
 * stop per row) and the subject account's standing when it is not active.
 */
function SubjectCell({ item, focused }: { item: QueueItem; focused: boolean }) {
  const tabIndex = focused ? 0 : -1;
  const handle = item.handle ? (
    <AccountLink
      id={item.accountId}
      handle={item.handle}
      tabIndex={tabIndex}
      className="text-indigo-700 hover:underline"
    />
  ) : null;
  const other = item.otherHandle ? (
    <AccountLink
      id={item.otherAccountId}
      handle={item.otherHandle}
      tabIndex={tabIndex}
      className="text-indigo-700 hover:underline"
    />
  ) : null;
  let primary: ReactNode;
  let secondary: ReactNode = null;
  switch (item.subjectType) {
    case "JOB":
      primary = item.title ?? "Job posting";
      secondary = handle ? <>posted by {handle}</> : null;
      break;
    case "ACCOUNT":
      primary = handle ?? "Account";
      break;
    case "THREAD":
      primary = item.title ?? "Message thread";
      secondary =
        handle && other ? (
          <>
            {handle} ↔ {other}
          </>
        ) : (
          handle
        );
      break;
    case "MESSAGE":
      primary = handle ? <>Message by {handle}</> : "Message";
      secondary = item.title ? `in “${item.title}”` : null;
      break;
    case "APPEAL":
      primary = item.title ? `Appeal of ${item.title}` : "Appeal";
      secondary = handle ? <>by {handle}</> : null;
      break;
  }
  return (
    <div className="min-w-0">
      <span className="mr-2 inline-block rounded bg-slate-100 px-1.5 py-0.5 align-[1px] text-[11px] font-medium tracking-wide text-slate-600 uppercase">
        {SUBJECT_LABELS[item.subjectType]}
      </span>
      <span className="font-medium text-slate-900">{primary}</span>
      {secondary ? <span className="mt-0.5 block truncate text-xs text-slate-600">{secondary}</span> : null}
      {item.accountStatus && item.accountStatus !== "ACTIVE" ? (
        <span className="mt-1 block">
          <AccountStatusBadge status={item.accountStatus} restrictedUntil={item.restrictedUntil} size="xs" />
        </span>
      ) : null}
    </div>
  );
}

function LockIcon() {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="size-3.5 fill-current">
      <path d="M5 7V5a3 3 0 1 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7H5Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z" />
    </svg>
  );
}
