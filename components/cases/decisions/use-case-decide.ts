"use client";

import { accountDecisionAction, decideAction } from "@/app/(console)/cases/[caseId]/decision-actions";
import { QUESTIONS } from "@/components/cases/decisions/confirm-dialog";
import { describeDecision } from "@/components/cases/decisions/labels";
import type { useDecisionSubmit } from "@/components/cases/decisions/use-decision-submit";
import type { DecisionContextView } from "@/lib/cases/decisions/context";
import { needsConfirmation } from "@/lib/cases/decisions/rules";
import { actsOnAccount, decisionFromForm, settlesCases, type DecisionForm } from "@/lib/cases/decisions/schemas";

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Options {
  caseId: string;
  version: number;
  context: DecisionContextView;
  run: ReturnType<typeof useDecisionSubmit>["run"];
  confirm: (question: string, reason: string, go: (reason: string) => void) => void;
  done: { onDone: () => void };
}

/**
 * From the form's values to the action: a case decision, or (with "also
 * settle its other open cases") an account decision taken from this case;
 * heavy ones, and settling, are confirmed first, naming the account.
 */
export function useCaseDecide({ caseId, version, context, run, confirm, done }: Options) {
  const at = () => ({ caseId, expectedVersion: version, requestId: crypto.randomUUID() });
  return function onDecide(form: DecisionForm, next: boolean) {
    const target = context.targets.find((t) => t.id === form.accountId);
    const what = describeDecision(
      form.action,
      actsOnAccount(form.action) ? (target?.handle ?? null) : null,
      form.days,
      context.job?.title ?? null,
    );
    if (settlesCases(form) && form.accountId === context.primaryAccountId && context.otherOpenCases > 0) {
      const action =
        form.action === "TAKE_DOWN_ALL_JOBS" ? "TAKE_DOWN_JOBS" : (form.action as "WARN" | "RESTRICT" | "SUSPEND");
      const n = context.otherOpenCases;
      return confirm(
        `${cap(what)} and settle its ${n} other open case${n === 1 ? "" : "s"}? Each is closed with an audited event linking this decision.`,
        form.reason,
        (reason) =>
          run(
            () =>
              accountDecisionAction({
                accountId: form.accountId,
                action,
                ...(action === "RESTRICT" ? { days: form.days, scopes: form.scopes } : {}),
                reason,
                settleOpenCases: true,
                fromCaseId: caseId,
                expectedVersion: version,
                requestId: crypto.randomUUID(),
                confirmed: true,
              }),
            { next, ...done },
          ),
      );
    }
    const decision = decisionFromForm(form, at());
    if (!needsConfirmation({ action: form.action, days: form.days }))
      return run(() => decideAction(decision), { next, ...done });
    const question = actsOnAccount(form.action)
      ? `${cap(what)}?${form.action === "SUSPEND" ? " It loses access to the platform until staff reinstate it." : ""}`
      : (QUESTIONS[form.action] ?? "Apply this decision?");
    confirm(question, form.reason, (reason) =>
      run(() => decideAction({ ...decision, reason, confirmed: true }), { next, ...done }),
    );
  };
}
