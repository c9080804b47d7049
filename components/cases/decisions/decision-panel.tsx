"use client";

import { useState } from "react";
import {
  compoundDecisionAction,
  decideAction,
  reopenCaseAction,
  undoGroupAction,
} from "@/app/(console)/cases/[caseId]/decision-actions";
import { CompoundForm } from "@/components/cases/decisions/compound-form";
import { ConfirmDialog, QUESTIONS, type Confirmation } from "@/components/cases/decisions/confirm-dialog";
import { DecisionFormView } from "@/components/cases/decisions/decision-form";
import { DecisionShortcuts } from "@/components/cases/decisions/decision-shortcuts";
import { EnforcementList } from "@/components/cases/decisions/enforcement-list";
import { GroupActions } from "@/components/cases/decisions/group-actions";
import { useCaseDecide } from "@/components/cases/decisions/use-case-decide";
import { useDecisionSubmit } from "@/components/cases/decisions/use-decision-submit";
import { versionAfterOwnClaim } from "@/components/cases/own-claims";
import type { DecisionContextView } from "@/lib/cases/decisions/context";
import type { FormAction } from "@/lib/cases/decisions/schemas";

interface Props {
  caseId: string;
  version: number;
  context: DecisionContextView;
}

/** The case page's decision panel: the form, the compound decision, undo and reopen, the enforcement history. */
export function DecisionPanel({ caseId, version: shown, context }: Props) {
  const version = versionAfterOwnClaim(caseId, shown);
  const { pending, run } = useDecisionSubmit();
  const [confirming, setConfirming] = useState<Confirmation | null>(null);
  const [help, setHelp] = useState(false);
  const [keyOpen, setKeyOpen] = useState(0); // remounts the form (fresh defaults) after a decision
  const at = () => ({ caseId, expectedVersion: version, requestId: crypto.randomUUID() });
  const done = { onDone: () => setKeyOpen((k) => k + 1) };
  const confirm = (question: string, reason: string, go: (reason: string) => void) =>
    setConfirming({ question, reason, onConfirm: (r) => (setConfirming(null), go(r)) });

  const onDecide = useCaseDecide({ caseId, version, context, run, confirm, done });

  const unavailable = context.actions.length === 0;
  return (
    <section aria-labelledby="decide-heading" className="rounded-lg border border-accent-line bg-surface">
      <h2
        id="decide-heading"
        className="border-b border-accent-line bg-accent-subtle px-4 py-2 text-sm font-semibold text-fg"
      >
        Decide
      </h2>
      {context.heldBy ? (
        <p role="status" className="border-b border-warning-line bg-warning-subtle px-4 py-2 text-xs text-warning-text">
          <span aria-hidden="true">🔒 </span>Held by {context.heldBy}: the form is disabled until they release the case
          or their claim lapses.
        </p>
      ) : null}
      {context.escalation ? (
        <p className="border-b border-border px-4 py-2 text-xs text-fg-soft" data-testid="escalation-recommendation">
          <span className="font-semibold">The moderator recommends:</span> {context.escalation.reason}
        </p>
      ) : null}
      {unavailable ? (
        <p className="px-4 py-3 text-sm text-muted">
          Nothing to decide here with your role: the case is closed, escalated to staff, or your role only reads and
          replies.
        </p>
      ) : (
        <DecisionFormView
          // Not keyed by the version: refreshing to see someone else's change keeps what was typed.
          key={keyOpen}
          context={context}
          pending={pending}
          onDecide={onDecide}
          onHelp={() => setHelp(true)}
        />
      )}
      {context.compound && !context.heldBy ? (
        <CompoundForm
          compound={context.compound}
          caseId={caseId}
          version={version}
          pending={pending}
          onDecide={(input, question) =>
            confirm(question, "", (reason) =>
              run(() => compoundDecisionAction({ ...input, reason, requestId: crypto.randomUUID() }), done),
            )
          }
        />
      ) : null}
      <GroupActions
        context={context}
        pending={pending}
        onUndo={(groupId, label) =>
          confirm(
            `Undo all of it (${label})? Every part is reversed, queued replies are withdrawn and the case reopens.`,
            "",
            (reason) => run(() => undoGroupAction({ ...at(), groupId, reason })),
          )
        }
        onReopen={() =>
          confirm("Reopen this case? It goes back to the queue.", "", (reason) =>
            run(() => reopenCaseAction({ ...at(), reason })),
          )
        }
      />
      <EnforcementList
        caseId={caseId}
        version={version}
        rows={context.enforcements}
        pending={pending}
        onDecide={(d) => confirm(QUESTIONS.REVERSE!, "", (reason) => run(() => decideAction({ ...d, reason })))}
      />
      <ConfirmDialog decision={confirming} onCancel={() => setConfirming(null)} />
      <DecisionShortcuts open={help} onClose={() => setHelp(false)} actions={context.actions as FormAction[]} />
    </section>
  );
}
