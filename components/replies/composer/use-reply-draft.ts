"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm, useWatch, type FieldErrors } from "react-hook-form";
import { toast } from "sonner";
import { sendReplyAction } from "@/app/(console)/cases/[caseId]/reply-actions";
import type { ComposerTemplate } from "@/lib/replies/composer";
import type { ReplyRecipient } from "@/lib/replies/recipients";
import { sendReplySchema, type SendReplyInput } from "@/lib/replies/schemas";
import { renderTemplate, sendTextIssues } from "@/lib/replies/text";
import { variableValues, type ReplyCaseFacts } from "@/lib/replies/variables";

export type Mode = "preview" | "edit";
export type TextField = "Subject" | "Message";

export const recipientKey = (r: Pick<ReplyRecipient, "audience" | "accountId">) => `${r.audience}:${r.accountId}`;

/** A key for one draft: the server stores a draft submitted twice only once. */
function newRequestId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The reply being written: a react-hook-form form over the shared
 * `sendReplySchema` (the server checks the same schema again), plus what
 * choosing a recipient or a template does to the text.
 */
export function useReplyDraft({
  caseId,
  facts,
  recipients,
  templates,
}: {
  caseId: string;
  facts: ReplyCaseFacts;
  recipients: ReplyRecipient[];
  templates: ComposerTemplate[];
}) {
  const router = useRouter();
  const form = useForm<SendReplyInput, unknown, SendReplyInput>({
    resolver: zodResolver(sendReplySchema),
    defaultValues: { caseId, recipientId: "", templateId: null, subject: "", body: "", requestId: newRequestId() },
  });
  const { control, setValue, getValues } = form;
  // The recipient is also kept as state: the fields that depend on it render
  // in the same pass as the choice (the form's copy is what gets sent).
  const [recipientChoice, setRecipientChoice] = useState("");
  const [edited, setEdited] = useState(false);
  const [mode, setMode] = useState<Mode>("edit");
  const [pending, startTransition] = useTransition();

  const [templateId, subject, body] = useWatch({ control, name: ["templateId", "subject", "body"] });
  const recipient = recipients.find((r) => recipientKey(r) === recipientChoice) ?? null;
  const template = templates.find((t) => t.id === templateId) ?? null;

  const issues = [
    ...sendTextIssues(subject).map((i) => ({ ...i, field: "Subject" as const })),
    ...sendTextIssues(body).map((i) => ({ ...i, field: "Message" as const })),
  ];
  const empty = !subject.trim() || !body.trim();
  const blocked = !recipient || empty || issues.length > 0 || pending;

  function setText(next: { subject: string; body: string }) {
    setValue("subject", next.subject);
    setValue("body", next.body);
    setEdited(false);
  }

  function fill(t: ComposerTemplate, r: ReplyRecipient) {
    const values = variableValues(facts, r, t.categories);
    setText({ subject: renderTemplate(t.subject, values), body: renderTemplate(t.body, values) });
    setMode("preview");
  }

  function mayReplaceText(): boolean {
    const { subject: s, body: b } = getValues();
    return !edited || (!s.trim() && !b.trim()) || window.confirm("Replace the text you edited with the template?");
  }

  function clearText() {
    setValue("templateId", null);
    setText({ subject: "", body: "" });
    setMode("edit");
  }

  function chooseRecipient(key: string) {
    const next = recipients.find((r) => recipientKey(r) === key) ?? null;
    if (template) {
      if (!mayReplaceText()) return;
      // A template written for the other kind of recipient: start over.
      if (next && (template.audience === "ANY" || template.audience === next.audience)) fill(template, next);
      else clearText();
    }
    setRecipientChoice(key);
    setValue("recipientId", next?.accountId ?? "");
    if (next) setValue("audience", next.audience);
  }

  function chooseTemplate(id: string) {
    const next = templates.find((t) => t.id === id) ?? null;
    if (next && recipient) {
      if (!mayReplaceText()) return;
      fill(next, recipient);
    }
    setValue("templateId", id || null);
  }

  function reset() {
    clearText();
    setValue("requestId", newRequestId());
  }

  function onInvalid(errors: FieldErrors<SendReplyInput>) {
    const first = Object.values(errors).find((e) => e?.message)?.message;
    toast.error(typeof first === "string" ? first : "Check the reply before sending.");
  }

  const send = form.handleSubmit((input) => {
    if (!recipient) return;
    startTransition(async () => {
      const result = await sendReplyAction(input);
      if (result.ok) {
        toast.success(result.message);
        reset();
        router.refresh();
      } else {
        // The text stays as it is, so nothing written is lost.
        toast.error(result.fieldErrors ? (Object.values(result.fieldErrors)[0] ?? result.error) : result.error);
      }
    });
  }, onInvalid);

  return {
    form,
    recipient,
    template,
    templateId,
    subject,
    body,
    edited,
    markEdited: () => setEdited(true),
    mode,
    setMode,
    issues,
    empty,
    blocked,
    pending,
    chooseRecipient,
    chooseTemplate,
    reset,
    send,
  };
}
