"use client";

import { useId, useMemo } from "react";
import { RecipientField } from "@/components/replies/composer/recipient-field";
import { ReplyIssues } from "@/components/replies/composer/reply-issues";
import { ReplyText } from "@/components/replies/composer/reply-text";
import { TemplateField } from "@/components/replies/composer/template-field";
import { useReplyDraft, type TextField } from "@/components/replies/composer/use-reply-draft";
import { Button } from "@/components/ui/button";
import type { ComposerTemplate } from "@/lib/replies/composer";
import type { ReplyRecipient } from "@/lib/replies/recipients";
import { suggestTemplates } from "@/lib/replies/suggest";
import type { ReplyCaseFacts } from "@/lib/replies/variables";

interface Props {
  caseId: string;
  facts: ReplyCaseFacts;
  recipients: ReplyRecipient[];
  templates: ComposerTemplate[];
}

/**
 * Pick who to answer, start from a template suggested for the case and that
 * person, check the filled-in text, edit it, send. Gaps (`[[...]]`) and
 * unfilled variables keep the send button off until they are written.
 */
export function ReplyComposer({ caseId, facts, recipients, templates }: Props) {
  const ids = useId();
  const draft = useReplyDraft({ caseId, facts, recipients, templates });
  const { recipient, issues } = draft;
  const groups = useMemo(
    () => (recipient ? suggestTemplates(templates, recipient.audience, facts.caseCategories) : null),
    [recipient, templates, facts.caseCategories],
  );
  const issuesId = `${ids}-issues`;

  /** Opens the editor with the gap selected, so typing replaces it. */
  function showIssue(field: TextField, index: number, length: number) {
    draft.setMode("edit");
    requestAnimationFrame(() => {
      const element = document.getElementById(`${ids}-${field === "Subject" ? "subject" : "body"}`) as
        HTMLInputElement | HTMLTextAreaElement | null;
      element?.focus();
      element?.setSelectionRange(index, index + length);
    });
  }

  return (
    <div className="space-y-3 px-4 py-3 text-sm">
      <RecipientField recipients={recipients} recipient={recipient} onChange={draft.chooseRecipient} />

      {recipient ? (
        <>
          <TemplateField
            groups={groups}
            caseCategories={facts.caseCategories}
            value={draft.templateId ?? ""}
            onChange={draft.chooseTemplate}
          />
          <ReplyText
            ids={ids}
            mode={draft.mode}
            onMode={draft.setMode}
            register={draft.form.register}
            onEdit={draft.markEdited}
            describedBy={issues.length ? issuesId : undefined}
            recipient={recipient}
            subject={draft.subject}
            body={draft.body}
          />
          <ReplyIssues id={issuesId} issues={issues} onShow={showIssue} />

          <div className="flex flex-wrap items-center gap-2">
            <Button variant="primary" size="sm" onClick={draft.send} disabled={draft.blocked} loading={draft.pending}>
              {draft.pending ? "Sending…" : "Send reply"}
            </Button>
            {draft.subject || draft.body || draft.templateId ? (
              <Button
                size="sm"
                onClick={() => {
                  if (!draft.edited || window.confirm("Discard this reply?")) draft.reset();
                }}
              >
                Discard
              </Button>
            ) : null}
            <p className="ml-auto text-xs text-muted">
              {draft.empty
                ? "Write a subject and message"
                : issues.length
                  ? `${issues.length} to fix`
                  : "Ready to send"}
            </p>
          </div>
        </>
      ) : null}
    </div>
  );
}
