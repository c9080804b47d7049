"use client";

import { addNoteAction } from "@/app/(console)/cases/[caseId]/actions";
import { NoteForm, NoteList, type NoteRow } from "@/components/notes/notes";

interface Props {
  caseId: string;
  notes: NoteRow[];
  canWrite: boolean;
}

export function NotesPanel({ caseId, notes, canWrite }: Props) {
  return (
    <section aria-labelledby="notes-heading" className="rounded-lg border border-border bg-surface">
      <h2 id="notes-heading" className="border-b border-border px-4 py-2 text-sm font-semibold text-fg">
        Internal notes <span className="font-normal text-muted">({notes.length})</span>
      </h2>
      <NoteList notes={notes} empty="No notes yet." labelledBy="notes-heading" className="max-h-60" />
      {canWrite ? (
        <NoteForm id="note-body" save={(body) => addNoteAction(caseId, body)} className="border-t border-border" />
      ) : null}
    </section>
  );
}
