import type { KeyboardEvent } from "react";
import type { UseFormRegister } from "react-hook-form";
import { MarkedText } from "@/components/replies/marked-text";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { ReplyRecipient } from "@/lib/replies/recipients";
import type { SendReplyInput } from "@/lib/replies/schemas";
import { cn } from "@/lib/ui/cn";
import type { Mode } from "./use-reply-draft";
import { UserText } from "@/components/ui/user-text";

/** The subject and message, with an Edit / Preview tab pair (arrow keys switch). */
export function ReplyText({
  ids,
  mode,
  onMode,
  register,
  onEdit,
  describedBy,
  recipient,
  subject,
  body,
}: {
  ids: string;
  mode: Mode;
  onMode: (mode: Mode) => void;
  register: UseFormRegister<SendReplyInput>;
  onEdit: () => void;
  describedBy: string | undefined;
  recipient: ReplyRecipient;
  subject: string;
  body: string;
}) {
  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    const next: Mode = mode === "edit" ? "preview" : "edit";
    onMode(next);
    document.getElementById(`${ids}-tab-${next}`)?.focus();
  }

  return (
    <div>
      <div role="tablist" aria-label="Reply text" className="flex gap-1 border-b border-border">
        {(["edit", "preview"] as const).map((m) => (
          <button
            key={m}
            id={`${ids}-tab-${m}`}
            type="button"
            role="tab"
            aria-selected={mode === m}
            aria-controls={`${ids}-panel-${m}`}
            tabIndex={mode === m ? 0 : -1}
            onClick={() => onMode(m)}
            onKeyDown={onTabKey}
            className={cn(
              "-mb-px border-b-2 px-3 py-1.5 text-xs font-medium",
              mode === m ? "border-accent text-accent-text" : "border-transparent text-muted hover:text-fg",
            )}
          >
            {m === "edit" ? "Edit" : "Preview"}
          </button>
        ))}
      </div>

      {mode === "edit" ? (
        <div id={`${ids}-panel-edit`} role="tabpanel" aria-labelledby={`${ids}-tab-edit`} className="space-y-2 pt-2">
          <Field label="Subject" id={`${ids}-subject`}>
            <Input maxLength={200} aria-describedby={describedBy} {...register("subject", { onChange: onEdit })} />
          </Field>
          <Field label="Message" id={`${ids}-body`}>
            <Textarea
              rows={12}
              maxLength={5000}
              aria-describedby={describedBy}
              {...register("body", { onChange: onEdit })}
            />
          </Field>
        </div>
      ) : (
        <div
          id={`${ids}-panel-preview`}
          role="tabpanel"
          aria-labelledby={`${ids}-tab-preview`}
          tabIndex={0}
          className="pt-2"
          data-testid="reply-preview"
        >
          <div className="rounded-md border border-border bg-surface-subtle px-3 py-2">
            <p className="text-xs text-muted">
              To <UserText text={recipient.displayName} />{" "}
              <span>
                @<UserText text={recipient.handle} />
              </span>
            </p>
            <p className="mt-1 font-medium text-fg">
              {subject ? <MarkedText text={subject} /> : <span className="text-muted">No subject</span>}
            </p>
            <div
              tabIndex={0}
              role="region"
              aria-label="Message preview"
              className="mt-2 max-h-96 overflow-y-auto leading-relaxed break-words whitespace-pre-wrap text-fg"
            >
              {body ? <MarkedText text={body} /> : <span className="text-muted">No text yet</span>}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
