"use client";

import { useState } from "react";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import type { Assignee } from "@/lib/cases/queue/schemas";
import { Button } from "@/components/ui/button";
import { ShortcutHelp, type Shortcut } from "@/components/ui/shortcut-help";

export const SHORTCUTS: (Shortcut & { needs?: "claim" | "select" | "assign" })[] = [
  { keys: ["j", "k"], action: "Next / previous case" },
  { keys: ["Enter"], action: "Open the case" },
  { keys: ["c"], action: "Claim the case", needs: "claim" },
  { keys: ["r"], action: "Release your claim", needs: "claim" },
  { keys: ["n"], action: "Claim the most urgent case nobody holds, and open it", needs: "claim" },
  { keys: ["p"], action: "Show why the case has its priority" },
  { keys: ["u"], action: "Open the account page of the case's subject" },
  { keys: ["g"], action: "Group the rows by account (again: ungroup)" },
  { keys: ["x"], action: "Select the case (for bulk actions)", needs: "select" },
  { keys: ["d"], action: "Dismiss the selected cases", needs: "select" },
  { keys: ["a"], action: "Assign the selected cases", needs: "assign" },
  { keys: ["/"], action: "Search" },
  { keys: ["Esc"], action: "Clear the selection, close what is open" },
  { keys: ["?"], action: "This help" },
];

export function ShortcutsDialog({
  open,
  onClose,
  can,
}: {
  open: boolean;
  onClose: () => void;
  can: { claim: boolean; select: boolean; assign: boolean };
}) {
  return (
    <ShortcutHelp
      open={open}
      onClose={onClose}
      description="The queue can be worked without a mouse."
      shortcuts={SHORTCUTS.filter((s) => !s.needs || can[s.needs])}
    />
  );
}

export function DismissDialog({
  open,
  count,
  onClose,
  onConfirm,
}: {
  open: boolean;
  count: number;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const noun = count === 1 ? "case" : "cases";
  return (
    <Dialog
      open={open}
      onClose={() => {
        setError(null);
        onClose();
      }}
      title={`Dismiss ${count} ${noun}`}
      description="Dismissing says the reports need no action. The reason is kept in each case's audit trail."
    >
      <form
        aria-label={`Dismiss ${count} ${noun}`}
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim().length < 5) {
            setError("Say in a few words why these cases need no action.");
            return;
          }
          onConfirm(reason.trim());
          setReason("");
          setError(null);
        }}
      >
        <label className="block text-sm font-medium text-fg-soft">
          Reason
          <textarea
            autoFocus
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={3}
            maxLength={1000}
            aria-invalid={!!error}
            aria-describedby={error ? "dismiss-error" : undefined}
            placeholder="e.g. Genuine job; reporters misread the rate."
            className="mt-1 block w-full rounded-md border border-border-strong px-3 py-2 text-sm font-normal"
          />
        </label>
        {error ? (
          <p id="dismiss-error" role="alert" className="mt-1 text-sm text-danger-text">
            {error}
          </p>
        ) : null}
        <DialogActions onCancel={onClose}>
          <Button type="submit" variant="primary">
            Dismiss {count} {noun}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function AssignDialog({
  open,
  count,
  assignees,
  onClose,
  onConfirm,
}: {
  open: boolean;
  count: number;
  assignees: Assignee[];
  onClose: () => void;
  onConfirm: (assigneeId: string | null) => void;
}) {
  const [assignee, setAssignee] = useState("");
  const noun = count === 1 ? "case" : "cases";
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Assign ${count} ${noun}`}
      description="The assignee holds the cases for their shift, over anyone's claim."
    >
      <form
        aria-label={`Assign ${count} ${noun}`}
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm(assignee === "nobody" ? null : assignee);
          setAssignee("");
        }}
      >
        <label className="block text-sm font-medium text-fg-soft">
          Assign to
          <select
            autoFocus
            required
            value={assignee}
            onChange={(event) => setAssignee(event.target.value)}
            className="mt-1 block w-full rounded-md border border-border-strong px-2 py-1.5 text-sm font-normal"
          >
            <option value="" disabled>
              Choose a person…
            </option>
            {assignees.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.role === "STAFF" ? "staff" : "moderator"})
              </option>
            ))}
            <option value="nobody">Nobody: back to the queue</option>
          </select>
        </label>
        <DialogActions onCancel={onClose}>
          <Button type="submit" variant="primary">
            Assign
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
