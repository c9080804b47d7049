"use client";

import { memo, type RefObject } from "react";
import { AccountLink } from "@/components/accounts/account-link";
import { AccountStatusBadge } from "@/components/accounts/account-status";
import { CaseReferenceCell, REPORTED_AS, ReportedCategories } from "@/components/cases/case-row-parts";
import { PriorityBreakdown } from "@/components/cases/queue/priority-breakdown";
import { SubjectCell } from "@/components/cases/queue/queue-subject-cell";
import { SlaStatus } from "@/components/cases/queue/sla-status";
import { Button, type ButtonProps } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCard, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { caseReference, STATUS_LABELS } from "@/lib/cases/labels";
import { accountGroups } from "@/lib/cases/queue/group-by-account";
import type { QueueItem, QueueTab } from "@/lib/cases/queue/schemas";
import { cn } from "@/lib/ui/cn";
import { formatCount } from "@/lib/ui/time";

const TAB_CAPTIONS: Record<QueueTab, string> = {
  unassigned: "Unassigned cases",
  mine: "My cases",
  open: "All open cases",
  escalated: "Escalated cases",
  appeals: "Appeals waiting for staff",
  resolved: "Resolved cases",
};

export interface RowActions {
  canClaim: boolean;
  /** Escalated cases are staff's to take. */
  /** Whether the viewer's role may hold this case (escalated cases and appeals are staff's). */
  mayHold: (item: QueueItem) => boolean;
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
    <TableCard>
      <Table>
        <caption className="sr-only">{TAB_CAPTIONS[tab]}</caption>
        <TableHeader>
          <tr>
            {actions.canSelect && !closed ? (
              <TableHead className="w-10 pr-0 pl-4">
                <input
                  type="checkbox"
                  checked={allSelected}
                  onChange={onToggleAll}
                  aria-label="Select all cases shown"
                  className="size-4 rounded border-border-strong accent-accent"
                />
              </TableHead>
            ) : null}
            <TableHead>Case</TableHead>
            <TableHead>Subject</TableHead>
            <TableHead title="The categories the case's reports named (people's reasons and the detector's own reports)">
              {REPORTED_AS}
            </TableHead>
            <TableHead className="text-right">Priority</TableHead>
            <TableHead className="text-right">Reports</TableHead>
            <TableHead>{closed ? "Closed" : "Waiting"}</TableHead>
            <TableHead>{closed ? "Outcome" : "Held by"}</TableHead>
            {!closed ? (
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </tr>
        </TableHeader>
        {grouped ? (
          accountGroups(items).map((group) => (
            <TableBody key={group.key} className="border-t-2 border-border">
              <tr className="bg-surface-subtle">
                <th scope="rowgroup" colSpan={columns} className="px-4 py-1.5 text-left text-xs font-medium text-muted">
                  {group.accountId && group.handle ? (
                    <AccountLink id={group.accountId} handle={group.handle} tabIndex={-1} prefetch={false} />
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
                  <span className="font-normal text-muted">
                    · {group.items.length} case{group.items.length === 1 ? "" : "s"} shown
                  </span>
                </th>
              </tr>
              {group.items.map(row)}
            </TableBody>
          ))
        ) : (
          <TableBody>{items.map(row)}</TableBody>
        )}
      </Table>
    </TableCard>
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
  const cell = "py-3";
  const mine = item.claim?.userId === viewerId;
  const heldByOther = !!item.claim && !mine;

  return (
    <TableRow
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
      className={cn(
        "group transition-colors focus-visible:outline-offset-[-2px]",
        focused
          ? "bg-accent-subtle shadow-[inset_3px_0_0_var(--color-focus)]"
          : selected
            ? "bg-surface-strong"
            : "hover:bg-surface-subtle",
      )}
    >
      {actions.canSelect && !closed ? (
        <TableCell className={cn(cell, "pr-0 pl-4")}>
          <input
            type="checkbox"
            checked={selected}
            onChange={() => actions.onToggleSelect(item)}
            onClick={(event) => event.stopPropagation()}
            aria-label={`Select ${ref}`}
            tabIndex={-1}
            className="size-4 rounded border-border-strong accent-accent"
          />
        </TableCell>
      ) : null}
      <CaseReferenceCell id={item.id} number={item.number} tabIndex={-1} prefetch={false} className={cell}>
        {statusLabel(item)}
      </CaseReferenceCell>
      <TableCell className={cn(cell, "max-w-xs")}>
        <SubjectCell item={item} focused={focused} />
      </TableCell>
      <TableCell className={cell}>
        <ReportedCategories categories={item.categories} />
      </TableCell>
      <TableCell className="py-2.5 text-right">
        <PriorityBreakdown
          caseLabel={ref}
          score={item.priority}
          breakdown={item.priorityBreakdown}
          open={breakdownOpen}
          onToggle={(open) => actions.onToggleBreakdown(item, open)}
        />
      </TableCell>
      <TableCell className={cn(cell, "text-right tabular-nums")}>
        {formatCount(item.reportCount)}
        {reportSources(item).map((line) => (
          <span key={line} className="block text-xs whitespace-nowrap text-muted">
            {line}
          </span>
        ))}
      </TableCell>
      <TableCell className={cn(cell, "text-xs whitespace-nowrap text-muted")}>
        <RelativeTime iso={closed ? (item.closedAt ?? item.lastReportedAt) : item.firstReportedAt} />
        {closed ? null : <SlaStatus dueAt={item.slaDueAt} />}
      </TableCell>
      <TableCell className={cn(cell, "text-xs whitespace-nowrap")}>
        {closed ? (
          <span className="text-muted">{STATUS_LABELS[item.status]}</span>
        ) : item.claim ? (
          <span
            className={cn("inline-flex items-center gap-1", mine ? "font-medium text-accent-text" : "text-fg-soft")}
          >
            <LockIcon />
            {mine ? "You" : `Held by ${item.claim.name}`}
          </span>
        ) : (
          <span className="text-muted">Nobody</span>
        )}
      </TableCell>
      {!closed ? (
        <TableCell className="py-2.5 text-right whitespace-nowrap">
          {actions.canClaim && !item.claim && actions.mayHold(item) ? (
            <RowButton
              disabled={pending}
              onPress={() => actions.onClaim(item)}
              aria-label={`Claim ${ref}`}
              className="text-accent-text"
            >
              Claim
            </RowButton>
          ) : null}
          {mine ? (
            <RowButton disabled={pending} onPress={() => actions.onRelease(item)} aria-label={`Release ${ref}`}>
              Release
            </RowButton>
          ) : null}
          {heldByOther ? <span className="sr-only">{`${ref} is taken`}</span> : null}
        </TableCell>
      ) : null}
    </TableRow>
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

function LockIcon() {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="size-3.5 fill-current">
      <path d="M5 7V5a3 3 0 1 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7H5Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z" />
    </svg>
  );
}

/** A button in a row that opens its case on click: pressing it does only what it says. */
function RowButton({ onPress, ...props }: Omit<ButtonProps, "onClick" | "size"> & { onPress: () => void }) {
  return (
    <Button
      size="sm"
      onClick={(event) => {
        event.stopPropagation();
        onPress();
      }}
      {...props}
    />
  );
}
