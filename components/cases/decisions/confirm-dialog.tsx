"use client";

import { useEffect, useRef, useState } from "react";
import type { DecisionInput } from "@/lib/cases/decisions/schemas";

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
      className="w-full max-w-md rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/30"
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
          <h2 id="confirm-heading" className="text-base font-semibold text-slate-900">
            Please confirm
          </h2>
          <p className="text-sm text-slate-700">{decision.question}</p>
          {asksReason ? (
            <div>
              <label htmlFor="confirm-reason" className="block text-xs font-medium text-slate-700">
                Reason (at least 5 characters)
              </label>
              <textarea
                id="confirm-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                rows={3}
                className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
                autoFocus
              />
            </div>
          ) : null}
          <div className="flex justify-end gap-2">
            <button
              type="button"
              onClick={onCancel}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
            >
              Cancel
            </button>
            <button
              type="submit"
              disabled={asksReason && reason.trim().length < 5}
              className="rounded-md bg-rose-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-rose-800 disabled:opacity-50"
            >
              Yes, apply
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
