import type { DecisionContextView } from "@/lib/cases/decisions/context";
import type { DecisionForm, FormAction } from "@/lib/cases/decisions/schemas";

/** The first action offered: with violations, the suggested step (never "Dismiss"); otherwise the first allowed. */
export function firstAction(context: DecisionContextView): FormAction {
  const offered = context.actions as FormAction[];
  const s = context.suggestion?.action;
  if (s && offered.includes(s)) return s;
  if (context.suggestion) return offered.find((a) => a !== "DISMISS") ?? offered[0]!;
  return offered[0] ?? "DISMISS";
}

/** The form's starting values: the suggested step on the violations' author. */
export function formDefaults(context: DecisionContextView): DecisionForm {
  return {
    action: firstAction(context),
    accountId: context.primaryAccountId ?? context.targets[0]?.id ?? "",
    jobId: context.job?.id ?? "",
    days: context.suggestion?.days ?? 7,
    scopes: ["MESSAGING"],
    badge: "",
    reason: "",
    resolve: true,
    settleOpenCases: false,
  };
}
