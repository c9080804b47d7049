"use client";

import { useEffect, useState, type ReactNode, type RefObject } from "react";
import { CATEGORY_LABELS, SUBJECT_LABELS } from "@/lib/cases/labels";
import { FindingCategory, SubjectType } from "@/lib/generated/prisma/enums";
import {
  effectiveSort,
  type Assignee,
  type QueueAge,
  type QueueFilters,
  type QueueSort,
} from "@/lib/cases/queue/schemas";
import { Button } from "@/components/ui/button";
import { EnumOptions, NamedOptions } from "@/components/ui/enum-options";

const AGE_LABELS: Record<QueueAge, string> = {
  lt1h: "Under 1 hour",
  lt24h: "Under 24 hours",
  gt24h: "Over 24 h (overdue)",
  gt7d: "Over 7 days",
};

const SORT_LABELS: Record<QueueSort, string> = {
  priority: "Priority",
  sla: "Breaches soonest",
  oldest: "Oldest first",
  newest: "Latest report",
  closed: "Last closed",
};

const SOURCE_LABELS = { user: "People", automatic: "Detector" } as const;

/** Waits this long after the last keystroke before searching, so typing stays smooth. */
const SEARCH_DEBOUNCE_MS = 300;

export function QueueFilters({
  filters,
  assignees,
  viewerId,
  searchRef,
  onChange,
}: {
  filters: QueueFilters;
  assignees: Assignee[];
  viewerId: string;
  searchRef: RefObject<HTMLInputElement | null>;
  onChange: (patch: Partial<QueueFilters>) => void;
}) {
  const [search, setSearch] = useState(filters.q ?? "");
  // A filter's select: its value, and "" (Any) turns it off.
  const pick = <K extends "category" | "source" | "subject" | "age">(key: K) => ({
    value: filters[key] ?? "",
    onChange: (v: string) => onChange({ [key]: v || undefined } as Partial<QueueFilters>),
  });
  // Follow outside changes (Clear filters, back button) without eating the
  // trailing space of a word being typed: adjusted while rendering, as React advises for derived state.
  const [seenQ, setSeenQ] = useState(filters.q);
  if (seenQ !== filters.q) {
    setSeenQ(filters.q);
    setSearch((current) => (current.trim() === (filters.q ?? "") ? current : (filters.q ?? "")));
  }
  useEffect(() => {
    if ((filters.q ?? "") === search.trim()) return;
    const timer = setTimeout(() => onChange({ q: search.trim() || undefined }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, filters.q, onChange]);

  const showAssignee = filters.tab === "open" || filters.tab === "escalated" || filters.tab === "appeals";
  const sorts: QueueSort[] =
    filters.tab === "resolved" ? ["closed", "oldest", "newest"] : ["priority", "sla", "oldest", "newest"];
  const active = !!(
    filters.category ||
    filters.source ||
    filters.subject ||
    filters.age ||
    filters.q ||
    (showAssignee && filters.assignee !== "any")
  );

  return (
    <div role="search" aria-label="Filter the queue" className="flex flex-wrap items-end gap-3 py-3">
      <label className="flex min-w-48 flex-1 flex-col gap-1 text-xs font-medium text-muted">
        Search
        <input
          ref={searchRef}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") onChange({ q: search.trim() || undefined });
            if (event.key === "Escape") event.currentTarget.blur();
          }}
          placeholder="Handle, job title, phone, e-mail…"
          aria-describedby="queue-search-hint"
          className="rounded-md border border-border-strong bg-surface px-3 py-1.5 text-sm font-normal text-fg placeholder:text-muted"
        />
      </label>
      <span id="queue-search-hint" className="sr-only">
        Finds cases by account handle, job title, or a contact value found in messages. Press slash to come here.
      </span>
      <Select label="Category" {...pick("category")}>
        <EnumOptions any values={Object.values(FindingCategory)} labels={CATEGORY_LABELS} />
      </Select>
      <Select label="Source" {...pick("source")}>
        <EnumOptions any values={["user", "automatic"]} labels={SOURCE_LABELS} />
      </Select>
      <Select label="Subject" {...pick("subject")}>
        <EnumOptions any values={Object.values(SubjectType)} labels={SUBJECT_LABELS} />
      </Select>
      <Select label="Waiting" {...pick("age")}>
        <EnumOptions any values={Object.keys(AGE_LABELS) as QueueAge[]} labels={AGE_LABELS} />
      </Select>
      {showAssignee ? (
        <Select
          label="Held by"
          value={filters.assignee}
          onChange={(v) => onChange({ assignee: v as QueueFilters["assignee"] })}
        >
          <option value="any">Anyone</option>
          <option value="none">Nobody</option>
          <option value="me">Me</option>
          <NamedOptions items={assignees.filter((a) => a.id !== viewerId)} />
        </Select>
      ) : null}
      <Select label="Sort" value={effectiveSort(filters)} onChange={(v) => onChange({ sort: v as QueueSort })}>
        <EnumOptions values={sorts} labels={SORT_LABELS} />
      </Select>
      {active ? (
        <Button
          onClick={() => {
            setSearch("");
            onChange({
              category: undefined,
              source: undefined,
              subject: undefined,
              age: undefined,
              q: undefined,
              assignee: "any",
            });
          }}
          variant="link"
          className="mb-1 text-muted hover:text-fg"
        >
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}

function Select({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <label className="flex w-36 flex-col gap-1 text-xs font-medium text-muted">
      {label}
      <select
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="w-full truncate rounded-md border border-border-strong bg-surface py-1.5 pr-7 pl-2 text-sm font-normal text-fg"
      >
        {children}
      </select>
    </label>
  );
}
