"use client";

import { useNow } from "@/components/ui/use-now";
import type { AccountStatus, RestrictionScope } from "@/lib/generated/prisma/enums";
import { ACCOUNT_STATUS_LABELS } from "@/lib/cases/labels";
import { formatAbsolute } from "@/lib/ui/time";

export const SCOPE_LABELS: Record<RestrictionScope, string> = {
  MESSAGING: "messaging",
  PROPOSALS: "proposals",
  JOB_POSTING: "posting jobs",
};

const STYLE: Record<AccountStatus, string> = {
  ACTIVE: "border-border bg-surface-subtle text-fg-soft",
  RESTRICTED: "border-warning-line bg-warning-subtle text-warning-text",
  SUSPENDED: "border-danger-line bg-danger-subtle text-danger-text",
};

/** A time in the viewer's zone (UTC, said so, until the page is interactive). */
export function LocalTime({ iso }: { iso: string }) {
  const now = useNow();
  const date = new Date(iso);
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {now === null ? `${formatAbsolute(date, "UTC")} UTC` : formatAbsolute(date)}
    </time>
  );
}

/**
 * An account's standing as text with an icon (never colour alone):
 * "Suspended", "Restricted until 9 Dec 2026, 14:00 (messaging)".
 */
export function AccountStatusBadge({
  status,
  restrictedUntil,
  scopes,
  hideActive = false,
  size = "sm",
}: {
  status: AccountStatus;
  restrictedUntil?: string | null;
  scopes?: RestrictionScope[];
  hideActive?: boolean;
  size?: "xs" | "sm";
}) {
  if (status === "ACTIVE" && hideActive) return null;
  return (
    <span
      data-testid="account-status"
      className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 font-medium ${
        size === "xs" ? "text-[11px]" : "text-xs"
      } ${STYLE[status]}`}
    >
      <StatusIcon status={status} />
      {ACCOUNT_STATUS_LABELS[status]}
      {status === "RESTRICTED" && restrictedUntil ? (
        <>
          {" "}
          until <LocalTime iso={restrictedUntil} />
        </>
      ) : null}
      {status === "RESTRICTED" && scopes?.length ? ` (${scopes.map((s) => SCOPE_LABELS[s]).join(", ")})` : null}
    </span>
  );
}

// A struck-through circle, a clock, a tick: the status reads without its colour.
const ICON: Record<AccountStatus, { ring: boolean; path: string }> = {
  SUSPENDED: { ring: true, path: "M4 12 12 4" },
  RESTRICTED: { ring: true, path: "M8 4.5V8l2.5 1.5" },
  ACTIVE: { ring: false, path: "m3.5 8.5 3 3 6-7" },
};

function StatusIcon({ status }: { status: AccountStatus }) {
  const { ring, path } = ICON[status];
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="size-3 shrink-0 fill-none stroke-current stroke-2">
      {ring ? <circle cx="8" cy="8" r="6" /> : null}
      <path d={path} />
    </svg>
  );
}
