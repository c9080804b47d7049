"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useState, useTransition, type KeyboardEvent } from "react";
import { toast } from "sonner";
import { sendReplyAction } from "@/app/(console)/cases/[caseId]/reply-actions";
import { MarkedText } from "@/components/replies/marked-text";
import { CATEGORY_LABELS } from "@/lib/cases/labels";
import type { ComposerTemplate } from "@/lib/replies/composer";
import type { ReplyRecipient } from "@/lib/replies/recipients";
import { sendReplySchema } from "@/lib/replies/schemas";
import { suggestTemplates } from "@/lib/replies/suggest";
import { renderTemplate, sendTextIssues } from "@/lib/replies/text";
import { variableValues, type ReplyCaseFacts } from "@/lib/replies/variables";

interface Props {
  caseId: string;
  facts: ReplyCaseFacts;
  recipients: ReplyRecipient[];
  templates: ComposerTemplate[];
}

const FIELD =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";
const AUDIENCE_GROUP = { REPORTER: "Reporters", REPORTED: "Reported accounts" } as const;

const keyOf = (r: Pick<ReplyRecipient, "audience" | "accountId">) => `${r.audience}:${r.accountId}`;

/** A key for one draft: the server stores a draft submitted twice only once. */
function newRequestId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

type Mode = "preview" | "edit";

/**
 * Pick who to answer, start from a template suggested for the case and that
 * person, check the filled-in text, edit it, send. Gaps (`[[...]]`) and
 * unfilled variables keep the send button off until they are written.
 */
export function ReplyComposer({ caseId, facts, recipients, templates }: Props) {
  const router = useRouter();
  const ids = useId();
  const [recipientKey, setRecipientKey] = useState("");
  const [templateId, setTemplateId] = useState("");
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [edited, setEdited] = useState(false);
  const [mode, setMode] = useState<Mode>("edit");
  const [requestId, setRequestId] = useState(newRequestId);
  const [pending, startTransition] = useTransition();

  const recipient = recipients.find((r) => keyOf(r) === recipientKey) ?? null;
  const groups = useMemo(
    () => (recipient ? suggestTemplates(templates, recipient.audience, facts.caseCategories) : null),
    [recipient, templates, facts.caseCategories],
  );
  const template = templates.find((t) => t.id === templateId) ?? null;

  const issues = [
    ...sendTextIssues(subject).map((i) => ({ ...i, field: "Subject" as const })),
    ...sendTextIssues(body).map((i) => ({ ...i, field: "Message" as const })),
  ];
  const empty = !subject.trim() || !body.trim();
  const blocked = !recipient || empty || issues.length > 0 || pending;

  function fill(t: ComposerTemplate, r: ReplyRecipient) {
    const values = variableValues(facts, r, t.categories);
    setSubject(renderTemplate(t.subject, values));
    setBody(renderTemplate(t.body, values));
    setEdited(false);
    setMode("preview");
  }

  function mayReplaceText(): boolean {
    return (
      !edited || (!subject.trim() && !body.trim()) || window.confirm("Replace the text you edited with the template?")
    );
  }

  function chooseRecipient(key: string) {
    const next = recipients.find((r) => keyOf(r) === key) ?? null;
    const keepTemplate = !!(next && template && (template.audience === "ANY" || template.audience === next.audience));
    if (template && next && keepTemplate) {
      if (!mayReplaceText()) return;
      fill(template, next);
    } else if (template) {
      // The template was written for the other kind of recipient: start over.
      if (!mayReplaceText()) return;
      setTemplateId("");
      setSubject("");
      setBody("");
      setEdited(false);
      setMode("edit");
    }
    setRecipientKey(key);
  }

  function chooseTemplate(id: string) {
    const next = templates.find((t) => t.id === id) ?? null;
    if (next && recipient) {
      if (!mayReplaceText()) return;
      fill(next, recipient);
    }
    setTemplateId(id);
  }

  function reset() {
    setTemplateId("");
    setSubject("");
    setBody("");
    setEdited(false);
    setMode("edit");
    setRequestId(newRequestId());
  }

  function send() {
    if (!recipient) return;
    const parsed = sendReplySchema.safeParse({
      caseId,
      recipientId: recipient.accountId,
      audience: recipient.audience,
      templateId: template?.id ?? null,
      subject,
      body,
      requestId,
    });
    if (!parsed.success) {
      toast.error(parsed.error.issues[0]?.message ?? "Check the reply before sending.");
      return;
    }
    startTransition(async () => {
      const result = await sendReplyAction(parsed.data);
      if (result.ok) {
        toast.success(result.message);
        reset();
        router.refresh();
      } else {
        // The text stays as it is, so nothing written is lost.
        toast.error(result.fieldErrors ? (Object.values(result.fieldErrors)[0] ?? result.error) : result.error);
      }
    });
  }

  /** Opens the editor with the gap selected, so typing replaces it. */
  function showIssue(field: "Subject" | "Message", index: number, length: number) {
    setMode("edit");
    requestAnimationFrame(() => {
      const element = document.getElementById(`${ids}-${field === "Subject" ? "subject" : "body"}`) as
        HTMLInputElement | HTMLTextAreaElement | null;
      element?.focus();
      element?.setSelectionRange(index, index + length);
    });
  }

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    const next: Mode = mode === "edit" ? "preview" : "edit";
    setMode(next);
    document.getElementById(`${ids}-tab-${next}`)?.focus();
  }

  const issuesId = `${ids}-issues`;
  const templateHintId = `${ids}-template-hint`;

  return (
    <div className="space-y-3 px-4 py-3 text-sm">
      <div>
        <label htmlFor={`${ids}-recipient`} className="block text-xs font-medium text-slate-700">
          Recipient
        </label>
        <select
          id={`${ids}-recipient`}
          value={recipientKey}
          onChange={(e) => chooseRecipient(e.target.value)}
          className={FIELD}
        >
          <option value="">Choose who to answer…</option>
          {(["REPORTER", "REPORTED"] as const).map((audience) => {
            const people = recipients.filter((r) => r.audience === audience);
            if (people.length === 0) return null;
            return (
              <optgroup key={audience} label={AUDIENCE_GROUP[audience]}>
                {people.map((r) => (
                  <option key={keyOf(r)} value={keyOf(r)}>
                    @{r.handle} · {r.displayName} ({audience === "REPORTER" ? "reporter" : "reported"})
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
        <p className="mt-1 text-xs text-slate-500">
          {recipients.length === 0
            ? "Nobody in this case can be answered: no reporter and no reported account."
            : recipient
              ? recipient.roleLabel
              : "Templates are suggested for the case and the person you answer."}
        </p>
      </div>

      {recipient ? (
        <>
          <div>
            <label htmlFor={`${ids}-template`} className="block text-xs font-medium text-slate-700">
              Template
            </label>
            <select
              id={`${ids}-template`}
              value={templateId}
              onChange={(e) => chooseTemplate(e.target.value)}
              aria-describedby={templateHintId}
              className={FIELD}
            >
              <option value="">No template: write your own</option>
              {groups?.suggested.length ? (
                <optgroup label="Suggested for this case">
                  {groups.suggested.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {groups?.others.length ? (
                <optgroup label="Other templates">
                  {groups.others.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
            <p id={templateHintId} className="mt-1 text-xs text-slate-500">
              {groups?.suggested.length
                ? `${groups.suggested.length} suggested for ${facts.caseCategories.length ? facts.caseCategories.map((c) => CATEGORY_LABELS[c].toLowerCase()).join(", ") : "this case"} and this recipient.`
                : "No template fits this case; write your own or pick another."}
            </p>
          </div>

          <div>
            <div role="tablist" aria-label="Reply text" className="flex gap-1 border-b border-slate-200">
              {(["edit", "preview"] as const).map((m) => (
                <button
                  key={m}
                  id={`${ids}-tab-${m}`}
                  type="button"
                  role="tab"
                  aria-selected={mode === m}
                  aria-controls={`${ids}-panel-${m}`}
                  tabIndex={mode === m ? 0 : -1}
                  onClick={() => setMode(m)}
                  onKeyDown={onTabKey}
                  className={`-mb-px border-b-2 px-3 py-1.5 text-xs font-medium ${mode === m ? "border-indigo-600 text-indigo-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
                >
                  {m === "edit" ? "Edit" : "Preview"}
                </button>
              ))}
            </div>

            {mode === "edit" ? (
              <div
                id={`${ids}-panel-edit`}
                role="tabpanel"
                aria-labelledby={`${ids}-tab-edit`}
                className="space-y-2 pt-2"
              >
                <div>
                  <label htmlFor={`${ids}-subject`} className="block text-xs font-medium text-slate-700">
                    Subject
                  </label>
                  <input
                    id={`${ids}-subject`}
                    value={subject}
                    maxLength={200}
                    onChange={(e) => {
                      setSubject(e.target.value);
                      setEdited(true);
                    }}
                    aria-describedby={issues.length ? issuesId : undefined}
                    className={FIELD}
                  />
                </div>
                <div>
                  <label htmlFor={`${ids}-body`} className="block text-xs font-medium text-slate-700">
                    Message
                  </label>
                  <textarea
                    id={`${ids}-body`}
                    value={body}
                    rows={12}
                    maxLength={5000}
                    onChange={(e) => {
                      setBody(e.target.value);
                      setEdited(true);
                    }}
                    aria-describedby={issues.length ? issuesId : undefined}
                    className={`${FIELD} leading-relaxed`}
                  />
                </div>
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
                <div className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
                  <p className="text-xs text-slate-500">
                    To{" "}
                    {recipient ? (
                      <>
                        {recipient.displayName} <span className="text-slate-400">@{recipient.handle}</span>
                      </>
                    ) : (
                      "nobody yet"
                    )}
                  </p>
                  <p className="mt-1 font-medium text-slate-900">
                    {subject ? <MarkedText text={subject} /> : <span className="text-slate-400">No subject</span>}
                  </p>
                  <div className="mt-2 max-h-96 overflow-y-auto leading-relaxed break-words whitespace-pre-wrap text-slate-800">
                    {body ? <MarkedText text={body} /> : <span className="text-slate-400">No text yet</span>}
                  </div>
                </div>
              </div>
            )}
          </div>

          <div id={issuesId} role="status" aria-live="polite">
            {issues.length ? (
              <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-950">
                <p className="font-medium">Before sending</p>
                <ul className="mt-1 list-disc space-y-0.5 pl-4">
                  {issues.map((i) => (
                    <li key={`${i.field}-${i.index}`}>
                      <button
                        type="button"
                        onClick={() => showIssue(i.field, i.index, i.token.length)}
                        className="text-left underline decoration-amber-400 underline-offset-2 hover:decoration-amber-700"
                      >
                        {i.field}: {i.message}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>

          <div className="flex items-center gap-2">
            <button
              type="button"
              onClick={send}
              disabled={blocked}
              className="rounded-md bg-indigo-700 px-3 py-1.5 text-xs font-semibold text-white hover:bg-indigo-800 disabled:cursor-not-allowed disabled:opacity-50"
            >
              {pending ? "Sending…" : "Send reply"}
            </button>
            {subject || body || templateId ? (
              <button
                type="button"
                onClick={() => {
                  if (!edited || window.confirm("Discard this reply?")) reset();
                }}
                className="rounded-md border border-slate-300 px-3 py-1.5 text-xs font-medium text-slate-700 hover:bg-slate-100"
              >
                Discard
              </button>
            ) : null}
            <p className="ml-auto text-xs text-slate-500">
              {empty ? "Write a subject and message" : issues.length ? `${issues.length} to fix` : "Ready to send"}
            </p>
          </div>
        </>
      ) : null}
    </div>
  );
}
