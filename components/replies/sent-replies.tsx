import { RelativeTime } from "@/components/ui/relative-time";
import type { CaseReplyRow } from "@/lib/replies/send";
import { UserText } from "@/components/ui/user-text";

const STATUS = {
  QUEUED: {
    label: "Queued",
    hint: "waiting for the platform to deliver it",
    className: "border-border-strong bg-surface-subtle text-fg-soft",
  },
  DELIVERED: {
    label: "Delivered",
    hint: "the platform delivered it",
    className: "border-success-line bg-success-subtle text-success-text",
  },
  FAILED: {
    label: "Not delivered",
    hint: "the platform could not deliver it",
    className: "border-danger-line bg-danger-subtle text-danger-text",
  },
} as const;

const AUDIENCE = { REPORTER: "reporter", REPORTED: "reported user", ANY: "recipient" } as const;

/** The replies sent from this case, with their delivery status; text on demand. */
export function SentReplies({ replies }: { replies: CaseReplyRow[] }) {
  if (replies.length === 0) return <p className="px-4 py-2 text-xs text-muted">No replies sent from this case yet.</p>;
  return (
    <ul className="divide-y divide-border" aria-label="Replies sent from this case">
      {replies.map((r) => {
        const status = STATUS[r.status];
        return (
          <li key={r.id} className="px-4 py-2 text-sm" aria-label={`Reply to @${r.recipientHandle}`}>
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-medium text-fg">To @{r.recipientHandle}</span>
              <span className="text-xs text-muted">({AUDIENCE[r.audience]})</span>
              <span
                className={`ml-auto rounded border px-1.5 py-0.5 text-xs font-medium ${status.className}`}
                title={status.hint}
              >
                {status.label}
              </span>
            </p>
            <p className="break-words text-fg">{r.subject}</p>
            <p className="text-xs text-muted">
              {r.senderName} · <RelativeTime iso={r.sentAt} />
              {r.templateName ? <> · from “{r.templateName}”</> : null}
            </p>
            {r.status === "FAILED" && r.failureReason ? (
              <p className="text-xs text-danger-text">{r.failureReason}</p>
            ) : null}
            <details className="mt-1 text-xs">
              <summary className="cursor-pointer text-accent-text select-none hover:underline">
                Show the text sent
              </summary>
              <p className="mt-1 rounded bg-surface-subtle px-2 py-1.5 text-sm leading-relaxed break-words whitespace-pre-wrap text-fg">
                <UserText text={r.body} />
              </p>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
