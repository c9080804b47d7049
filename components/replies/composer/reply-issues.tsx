import { Alert } from "@/components/ui/alert";
import type { TextIssue } from "@/lib/replies/text";
import type { TextField } from "./use-reply-draft";

/** What still blocks sending; each item jumps to the spot to fix. */
export function ReplyIssues({
  id,
  issues,
  onShow,
}: {
  id: string;
  issues: (TextIssue & { field: TextField })[];
  onShow: (field: TextField, index: number, length: number) => void;
}) {
  return (
    <div id={id} role="status" aria-live="polite">
      {issues.length ? (
        <Alert tone="warning" title="Before sending" className="text-xs">
          <ul className="mt-1 list-disc space-y-0.5 pl-4">
            {issues.map((i) => (
              <li key={`${i.field}-${i.index}`}>
                <button
                  type="button"
                  onClick={() => onShow(i.field, i.index, i.token.length)}
                  className="text-left underline decoration-warning-line underline-offset-2 hover:decoration-current"
                >
                  {i.field}: {i.message}
                </button>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </div>
  );
}
