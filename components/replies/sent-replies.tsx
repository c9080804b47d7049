import { RelativeTime } from "@/components/ui/relative-time";
import type { CaseReplyRow } from "@/lib/replies/send";

const STATUS = {
  QUEUED: {
    label: "Queued",
    hint: "waiting for the platform to deliver it",
    className: "border-slate-300 bg-slate-50 text-slate-700",
  },
  DELIVERED: {
    label: "Delivered",
    hint: "the platform delivered it",
    className: "border-emerald-300 bg-emerald-50 text-emerald-900",
  },
  FAILED: {
    label: "Not delivered",
    hint: "the platform could not deliver it",
    className: "border-rose-300 bg-rose-50 text-rose-900",
  },
} as const;

const AUDIENCE = { REPORTER: "reporter", REPORTED: "reported user", ANY: "recipient" } as const;

/** The replies sent from this case, with their delivery status; text on demand. */
export function SentReplies({ replies }: { replies: CaseReplyRow[] }) {
  if (replies.length === 0)
    return <p className="px-4 py-2 text-xs text-slate-500">No replies sent from this case yet.</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label="Replies sent from this case">
      {replies.map((r) => {
        const status = STATUS[r.status];
        return (
          <li key={r.id} className="px-4 py-2 text-sm" aria-label={`Reply to @${r.recipientHandle}`}>
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-medium text-slate-900">To @{r.recipientHandle}</span>
              <span className="text-xs text-slate-500">({AUDIENCE[r.audience]})</span>
              <span
                className={`ml-auto rounded border px-1.5 py-0.5 text-xs font-medium ${status.className}`}
                title={status.hint}
              >
                {status.label}
              </span>
            </p>
            <p className="break-words text-slate-800">{r.subject}</p>
            <p className="text-xs text-slate-500">
              {r.senderName} · <RelativeTime iso={r.sentAt} />
              {r.templateName ? <> · from “{r.templateName}”</> : null}
            </p>
            {r.status === "FAILED" && r.failureReason ? (
              <p className="text-xs text-rose-800">{r.failureReason}</p>
            ) : null}
            <details className="mt-1 text-xs">
              <summary className="cursor-pointer text-indigo-700 select-none hover:underline">
                Show the text sent
              </summary>
              <p className="mt-1 rounded bg-slate-50 px-2 py-1.5 text-sm leading-relaxed break-words whitespace-pre-wrap text-slate-800">
                {r.body}
              </p>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
