"use client";

import { useEffect, useRef, useState } from "react";
import type { DecisionInput } from "@/lib/cases/decisions/schemas";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog";
import { Label, Textarea } from "@/components/ui/field";

export const QUESTIONS: Partial<Record<DecisionInput["action"], string>> = {
  SUSPEND: "Suspend this account? It loses access to the platform until staff reinstate it.",
  TAKE_DOWN_ALL_JOBS: "Take down every open job of this client?",
  TAKE_DOWN_JOB: "Take this job posting down? Freelancers will no longer see it.",
  REMOVE_BADGE: "Remove this badge from the account?",
  RESTRICT: "Restrict this account for more than a week?",
  REVERSE: "Reverse this decision? The account or job goes back to how it was, and the reversal is audited.",
};

/**
 * Asks before a heavy or hard-to-undo decision. A reversal also asks why,
 * because its reason goes into the audit trail like any decision's.
 */
/** What to confirm: the question (naming the account), the reason given so far, and what to do then. */
export interface Confirmation {
  question: string;
  reason: string;
  onConfirm: (reason: string) => void;
}

export function ConfirmDialog({ decision, onCancel }: { decision: Confirmation | null; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState("");
  const asksReason = decision !== null && decision.reason.trim().length < 5;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (decision && !dialog.open) {
      setReason("");
      dialog.showModal();
    } else if (!decision && dialog.open) {
      dialog.close();
    }
  }, [decision]);

  return (
    <dialog
      ref={ref}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      aria-labelledby="confirm-heading"
      className="w-full max-w-md rounded-lg border border-border bg-surface p-0 text-fg shadow-xl backdrop:bg-scrim/30"
    >
      {decision ? (
        <form
          method="dialog"
          className="space-y-3 p-5"
          onSubmit={(e) => {
            e.preventDefault();
            if (asksReason && reason.trim().length < 5) return;
            decision.onConfirm(asksReason ? reason : decision.reason);
          }}
        >
          <h2 id="confirm-heading" className="text-base font-semibold text-fg">
            Please confirm
          </h2>
          <p className="text-sm text-fg-soft">{decision.question}</p>
          {asksReason ? (
            <div>
              <Label htmlFor="confirm-reason">Reason (at least 5 characters)</Label>
              <Textarea
                id="confirm-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                rows={3}
                className="mt-1"
                autoFocus
              />
            </div>
          ) : null}
          <DialogActions onCancel={onCancel}>
            <Button type="submit" variant="danger" disabled={asksReason && reason.trim().length < 5}>
              Yes, apply
            </Button>
          </DialogActions>
        </form>
      ) : null}
    </dialog>
  );
}
