"use client";

import { addAccountNoteAction } from "@/app/(console)/accounts/[accountId]/actions";
import { Section } from "@/components/accounts/section";
import { NoteForm, NoteList } from "@/components/notes/notes";
import type { AccountNoteRow } from "@/lib/accounts/types";

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
  return (
    <Section id="account-notes" title="Notes on the account" count={notes.length}>
      {canWrite ? (
        <NoteForm
          id="account-note-body"
          save={(body) => addAccountNoteAction(accountId, body)}
          className="border-b border-border"
        />
      ) : null}
      <NoteList notes={notes} empty="No notes on this account yet." className="max-h-72" />
    </Section>
  );
}
