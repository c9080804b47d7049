"use client";

import { Ban } from "lucide-react";
import type { ReactNode } from "react";
import { AccountLink } from "@/components/accounts/account-link";
import { AccountStatusBadge } from "@/components/accounts/account-status";
import { ENFORCED_REASON_LABELS, SUBJECT_LABELS } from "@/lib/cases/labels";
import type { QueueItem } from "@/lib/cases/queue/schemas";
import { UserText } from "@/components/ui/user-text";

/**
 * What the case is about, with the handles as links to their account pages
 * (reachable by Tab from the focused row only, so the queue stays one tab
 * stop per row) and the subject account's standing when it is not active.
 */
export function SubjectCell({ item, focused }: { item: QueueItem; focused: boolean }) {
  const tabIndex = focused ? 0 : -1;
  const link = (id: string | null, h: string | null) =>
    h ? (
      <AccountLink
        id={id}
        handle={h}
        tabIndex={tabIndex}
        prefetch={false}
        className="text-accent-text hover:underline"
      />
    ) : null;
  const handle = link(item.accountId, item.handle);
  const other = link(item.otherAccountId, item.otherHandle);
  let primary: ReactNode;
  let secondary: ReactNode = null;
  switch (item.subjectType) {
    case "JOB":
      primary = item.title ? <UserText text={item.title} /> : "Job posting";
      secondary = handle ? <>posted by {handle}</> : null;
      break;
    case "ACCOUNT":
      primary = handle ?? "Account";
      break;
    case "THREAD":
      primary = item.title ? <UserText text={item.title} /> : "Message thread";
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
      secondary = item.title ? (
        <>
          in “<UserText text={item.title} />”
        </>
      ) : null;
      break;
    case "APPEAL":
      primary = item.title ? (
        <>
          Appeal of <UserText text={item.title} />
        </>
      ) : (
        "Appeal"
      );
      secondary = handle ? <>by {handle}</> : null;
      break;
  }
  return (
    <div className="min-w-0">
      <span className="mr-2 inline-block rounded bg-surface-strong px-1.5 py-0.5 align-[1px] text-[11px] font-medium tracking-wide text-muted uppercase">
        {SUBJECT_LABELS[item.subjectType]}
      </span>
      <span className="font-medium text-fg">{primary}</span>
      {secondary ? <span className="mt-0.5 block truncate text-xs text-muted">{secondary}</span> : null}
      {item.accountStatus && item.accountStatus !== "ACTIVE" ? (
        <span className="mt-1 block">
          <AccountStatusBadge status={item.accountStatus} restrictedUntil={item.restrictedUntil} size="xs" />
        </span>
      ) : null}
      {item.enforced ? (
        // Why the row sits low and claim-next passes it: the same rule (lib/cases/enforced-subject.ts).
        <span data-testid="enforced-subject" className="mt-1 flex items-center gap-1 text-xs text-muted">
          <Ban aria-hidden className="size-3 shrink-0" />
          Sinks, and claim-next skips it: {ENFORCED_REASON_LABELS[item.enforced].one}
        </span>
      ) : null}
    </div>
  );
}
