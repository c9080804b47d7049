"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { addAccountNoteAction } from "@/app/(console)/accounts/[accountId]/actions";
import { Section } from "@/components/accounts/section";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AccountNoteRow } from "@/lib/accounts/types";
import { UserText } from "@/components/ui/user-text";

/** Internal notes about the account itself (not one of its cases); newest first. */
export function AccountNotes({
  accountId,
  notes,
  canWrite,
}: {
  accountId: string;
  notes: AccountNoteRow[];
  canWrite: boolean;
}) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      toast.error("Write the note first.");
      return;
    }
    startTransition(async () => {
      const result = await addAccountNoteAction(accountId, body);
      if (result.ok) {
        toast.success(result.message);
        setBody("");
        router.refresh();
      } else {
        // The text stays in the box, so nothing typed is lost.
        toast.error(result.error);
      }
    });
  }

  return (
    <Section id="account-notes" title="Notes on the account" count={notes.length}>
      {canWrite ? (
        <form onSubmit={onSubmit} className="border-b border-border px-4 py-3">
          <label htmlFor="account-note-body" className="block text-xs font-medium text-fg-soft">
            New note (only the console team sees it)
          </label>
          <textarea
            id="account-note-body"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={3}
            maxLength={5000}
            className="mt-1 block w-full rounded-md border border-border-strong px-2 py-1.5 text-sm"
          />
          <button
            type="submit"
            disabled={pending}
            className="mt-2 rounded-md bg-accent px-3 py-1.5 text-xs font-semibold text-accent-fg hover:bg-accent-hover disabled:opacity-50"
          >
            {pending ? "Saving…" : "Add note"}
          </button>
        </form>
      ) : null}
      {notes.length ? (
        <ul className="max-h-72 divide-y divide-border overflow-y-auto">
          {notes.map((n) => (
            <li key={n.id} className="px-4 py-2 text-sm">
              <p className="break-words whitespace-pre-wrap text-fg">
                <UserText text={n.body} />
              </p>
              <p className="text-xs text-muted">
                {n.author} · <RelativeTime iso={n.at} />
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="px-4 py-3 text-sm text-muted">No notes on this account yet.</p>
      )}
    </Section>
  );
}
