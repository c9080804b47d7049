"use client";

import { useSyncExternalStore } from "react";
import { BadgeField, FieldError, RestrictionFields, TargetField } from "@/components/cases/decisions/decision-fields";
import { ACTION_LABELS, describeDecision } from "@/components/cases/decisions/labels";
import { SuggestionBox } from "@/components/cases/decisions/suggestion-box";
import { useDecisionForm } from "@/components/cases/decisions/use-decision-form";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import type { DecisionContextView } from "@/lib/cases/decisions/context";
import { actsOnAccount, type DecisionForm, type FormAction } from "@/lib/cases/decisions/schemas";
import { EnumOptions } from "@/components/ui/enum-options";
import { visibleString } from "@/lib/ui/visible-text";

const CLOSES_ITSELF = new Set<FormAction>(["DISMISS", "RESOLVE", "ESCALATE"]);
const SETTLES = new Set<FormAction>(["WARN", "RESTRICT", "SUSPEND", "TAKE_DOWN_ALL_JOBS"]);

const noSubscribe = () => () => {};

interface Props {
  context: DecisionContextView;
  pending: boolean;
  onDecide: (form: DecisionForm, next: boolean) => void;
  onHelp: () => void;
}

export function DecisionFormView({ context, pending, onDecide, onHelp }: Props) {
  const { form, action, accountId, days, target, badges, held, submit, useSuggestion } = useDecisionForm({
    context,
    pending,
    onDecide,
    onHelp,
  });
  const s = context.suggestion;

  // Shown once hydrated: react-hook-form writes its default values into the fields when they mount,
  // which would undo a choice made in the server-rendered form before hydration.
  const hydrated = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  if (!hydrated) return <p className="px-4 py-3 text-xs text-muted">Loading the decision form…</p>;

  return (
    <>
      {s ? <SuggestionBox suggestion={s} onUse={context.heldBy ? null : useSuggestion} /> : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit(false);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit(e.shiftKey);
          }
        }}
        className="px-4 py-3 text-sm"
        aria-label="Decision"
      >
        <fieldset disabled={held} className="space-y-3">
          <div>
            <label htmlFor="decision-action" className="block text-xs font-medium text-fg-soft">
              Action
            </label>
            <select id="decision-action" {...form.register("action")} className={`mt-1 ${controlClass}`}>
              <EnumOptions values={context.actions as FormAction[]} labels={ACTION_LABELS} />
            </select>
          </div>
          {actsOnAccount(action) ? <TargetField form={form} context={context} /> : null}
          {action === "TAKE_DOWN_JOB" ? (
            <p className="text-xs text-muted">
              {context.job
                ? `Job: “${visibleString(context.job.title)}” (${context.job.status.toLowerCase().replace("_", " ")})`
                : "This case has no job posting."}
            </p>
          ) : null}
          {action === "RESTRICT" ? (
            <RestrictionFields
              form={form}
              maxModeratorDays={context.maxModeratorDays}
              longAllowed={context.permissions.restrictLong}
            />
          ) : null}
          {action === "REMOVE_BADGE" ? <BadgeField form={form} badges={badges} /> : null}
          <div>
            <label htmlFor="decision-reason" className="block text-xs font-medium text-fg-soft">
              Reason (kept in the audit trail)
            </label>
            <textarea
              id="decision-reason"
              {...form.register("reason")}
              rows={3}
              maxLength={2000}
              className={`mt-1 ${controlClass}`}
            />
            <FieldError message={form.formState.errors.reason?.message} />
          </div>
          {!CLOSES_ITSELF.has(action) ? (
            <label className="flex items-center gap-2 text-xs text-fg-soft">
              <input type="checkbox" {...form.register("resolve")} /> Resolve the case with this decision
            </label>
          ) : null}
          {SETTLES.has(action) && context.otherOpenCases > 0 && accountId === context.primaryAccountId ? (
            <label className="flex items-center gap-2 text-xs text-fg-soft">
              <input type="checkbox" {...form.register("settleOpenCases")} /> Also settle its {context.otherOpenCases}{" "}
              other open case{context.otherOpenCases === 1 ? "" : "s"}
            </label>
          ) : null}
          <Button type="submit" variant="primary" disabled={pending} className="w-full">
            {pending
              ? "Applying…"
              : `Apply decision: ${describeDecision(action, actsOnAccount(action) ? (target?.handle ?? null) : null, days, context.job?.title ?? null)}`}
          </Button>
        </fieldset>
      </form>
    </>
  );
}
