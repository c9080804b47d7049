"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { addNoteAction } from "@/app/(console)/cases/[caseId]/actions";
import { RelativeTime } from "@/components/ui/relative-time";
import { Button } from "@/components/ui/button";

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
    <section aria-labelledby="notes-heading" className="border-border bg-surface rounded-lg border">
      <h2 id="notes-heading" className="border-border text-fg border-b px-4 py-2 text-sm font-semibold">
        Internal notes <span className="text-muted font-normal">({notes.length})</span>
      </h2>
      {notes.length ? (
        <ul tabIndex={0} aria-labelledby="notes-heading" className="divide-border max-h-60 divide-y overflow-y-auto">
          {notes.map((n) => (
            <li key={n.id} className="px-4 py-2 text-sm">
              <p className="text-fg break-words whitespace-pre-wrap">{n.body}</p>
              <p className="text-muted text-xs">
                {n.author} · <RelativeTime iso={n.at} />
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted px-4 py-2 text-sm">No notes yet.</p>
      )}
      {canWrite ? (
        <form onSubmit={onSubmit} className="border-border border-t px-4 py-3">
          <label htmlFor="note-body" className="text-fg-soft block text-xs font-medium">
            New note (only the console team sees it)
          </label>
          <textarea
            id="note-body"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={3}
            maxLength={5000}
            className="border-border-strong mt-1 block w-full rounded-md border px-2 py-1.5 text-sm"
          />
          <Button type="submit" disabled={pending} variant="primary" size="sm" className="mt-2">
            {pending ? "Saving…" : "Add note"}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
