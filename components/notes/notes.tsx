"use client";

import { UserText } from "@/components/ui/user-text";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ActionResult } from "@/lib/http/action";
import { cn } from "@/lib/ui/cn";
import { Label, Textarea } from "@/components/ui/field";

export interface NoteRow {
  id: string;
  body: string;
  author: string;
  at: string;
}

/**
 * A new internal note (a case's or an account's): the one form, so both
 * refuse an empty note, toast the answer and keep the text when it fails.
 */
export function NoteForm({
  id,
  save,
  className,
}: {
  /** The textarea's id (also how the e2e specs and the label find it). */
  id: string;
  save: (body: string) => Promise<ActionResult<unknown>>;
  className?: string;
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
      const result = await save(body);
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
    <form onSubmit={onSubmit} className={cn("px-4 py-3", className)}>
      <Label htmlFor={id}>New note (only the console team sees it)</Label>
      <Textarea
        id={id}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={3}
        maxLength={5000}
        className="mt-1"
      />
      <Button type="submit" disabled={pending} variant="primary" size="sm" className="mt-2">
        {pending ? "Saving…" : "Add note"}
      </Button>
    </form>
  );
}

/** Notes, newest first, each with its author and when; `empty` says what none means here. */
export function NoteList({
  notes,
  empty,
  className,
  labelledBy,
}: {
  notes: NoteRow[];
  empty: string;
  className?: string;
  /** When the list scrolls inside a labelled section: focusable, so the keyboard can scroll it. */
  labelledBy?: string;
}) {
  if (!notes.length) return <p className="px-4 py-2 text-sm text-muted">{empty}</p>;
  return (
    <ul
      tabIndex={labelledBy ? 0 : undefined}
      aria-labelledby={labelledBy}
      className={cn("divide-y divide-border overflow-y-auto", className)}
    >
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
  );
}
