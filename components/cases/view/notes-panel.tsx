"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { addNoteAction } from "@/app/(console)/cases/[caseId]/actions";
import { RelativeTime } from "@/components/ui/relative-time";
import { Button } from "@/components/ui/button";
import { UserText } from "@/components/ui/user-text";

interface Props {
  caseId: string;
  notes: { id: string; body: string; author: string; at: string }[];
  canWrite: boolean;
}

export function NotesPanel({ caseId, notes, canWrite }: Props) {
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
      const result = await addNoteAction(caseId, body);
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
    <section aria-labelledby="notes-heading" className="rounded-lg border border-border bg-surface">
      <h2 id="notes-heading" className="border-b border-border px-4 py-2 text-sm font-semibold text-fg">
        Internal notes <span className="font-normal text-muted">({notes.length})</span>
      </h2>
      {notes.length ? (
        <ul tabIndex={0} aria-labelledby="notes-heading" className="max-h-60 divide-y divide-border overflow-y-auto">
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
        <p className="px-4 py-2 text-sm text-muted">No notes yet.</p>
      )}
      {canWrite ? (
        <form onSubmit={onSubmit} className="border-t border-border px-4 py-3">
          <label htmlFor="note-body" className="block text-xs font-medium text-fg-soft">
            New note (only the console team sees it)
          </label>
          <textarea
            id="note-body"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={3}
            maxLength={5000}
            className="mt-1 block w-full rounded-md border border-border-strong px-2 py-1.5 text-sm"
          />
          <Button type="submit" disabled={pending} variant="primary" size="sm" className="mt-2">
            {pending ? "Saving…" : "Add note"}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
