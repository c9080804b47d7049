"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useSyncExternalStore } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { BadgeField, FieldError, RestrictionFields, TargetField } from "@/components/cases/decisions/decision-fields";
import { ACTION_LABELS, describeDecision } from "@/components/cases/decisions/labels";
import { firstAction, formDefaults } from "@/components/cases/decisions/form-defaults";
import { SuggestionBox } from "@/components/cases/decisions/suggestion-box";
import { useDecisionKeyboard } from "@/components/cases/decisions/use-decision-keyboard";
import type { DecisionContextView } from "@/lib/cases/decisions/context";
import { actsOnAccount, decisionFormSchema, type DecisionForm, type FormAction } from "@/lib/cases/decisions/schemas";

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
  const form = useForm<DecisionForm>({
    resolver: zodResolver(decisionFormSchema),
    defaultValues: formDefaults(context),
  });
  const [action, accountId, days] = useWatch({ control: form.control, name: ["action", "accountId", "days"] });
  const target = context.targets.find((t) => t.id === accountId);
  const badges = target?.badges ?? [];
  const firstBadge = badges[0] ?? "";
  useEffect(() => form.setValue("badge", firstBadge), [form, firstBadge, accountId]);
  const disabled = !!context.heldBy || pending;
  const held = !!context.heldBy;

  const submit = (next: boolean) =>
    form.handleSubmit(
      (values) => {
        onDecide(values, next);
      },
      (errors) => toast.error(Object.values(errors)[0]?.message ?? "Some fields need attention."),
    )();
  useDecisionKeyboard({
    enabled: !disabled,
    actions: context.actions as FormAction[],
    onAction: (a) => {
      form.setValue("action", a);
      form.setFocus("reason");
    },
    onApply: (next) => void submit(next),
    onHelp,
  });

  const s = context.suggestion;
  const useSuggestion = s
    ? () => {
        if (!context.actions.includes(s.action)) {
          form.setValue("action", context.actions.includes("ESCALATE") ? "ESCALATE" : firstAction(context));
          toast.info("That step is for staff: escalate the case with your recommendation.");
          return;
        }
        form.setValue("action", s.action);
        if (s.days) form.setValue("days", s.days);
        if (context.primaryAccountId) form.setValue("accountId", context.primaryAccountId);
      }
    : null;

  // Shown once hydrated: react-hook-form writes its default values into the fields when they mount,
  // which would undo a choice made in the server-rendered form before hydration.
  const hydrated = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  if (!hydrated) return <p className="px-4 py-3 text-xs text-slate-500">Loading the decision form…</p>;

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
            <label htmlFor="decision-action" className="block text-xs font-medium text-slate-700">
              Action
            </label>
            <select
              id="decision-action"
              {...form.register("action")}
              className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
            >
              {(context.actions as FormAction[]).map((a) => (
                <option key={a} value={a}>
                  {ACTION_LABELS[a]}
                </option>
              ))}
            </select>
          </div>
          {actsOnAccount(action) ? <TargetField form={form} context={context} /> : null}
          {action === "TAKE_DOWN_JOB" ? (
            <p className="text-xs text-slate-600">
              {context.job
                ? `Job: “${context.job.title}” (${context.job.status.toLowerCase().replace("_", " ")})`
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
            <label htmlFor="decision-reason" className="block text-xs font-medium text-slate-700">
              Reason (kept in the audit trail)
            </label>
            <textarea
              id="decision-reason"
              {...form.register("reason")}
              rows={3}
              maxLength={2000}
              className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
            />
            <FieldError message={form.formState.errors.reason?.message} />
          </div>
          {!CLOSES_ITSELF.has(action) ? (
            <label className="flex items-center gap-2 text-xs text-slate-700">
              <input type="checkbox" {...form.register("resolve")} /> Resolve the case with this decision
            </label>
          ) : null}
          {SETTLES.has(action) && context.otherOpenCases > 0 && accountId === context.primaryAccountId ? (
            <label className="flex items-center gap-2 text-xs text-slate-700">
              <input type="checkbox" {...form.register("settleOpenCases")} /> Also settle its {context.otherOpenCases}{" "}
              other open case{context.otherOpenCases === 1 ? "" : "s"}
            </label>
          ) : null}
          <button
            type="submit"
            disabled={pending}
            className="w-full rounded-md bg-indigo-700 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-800 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:outline-none disabled:opacity-50"
          >
            {pending
              ? "Applying…"
              : `Apply decision: ${describeDecision(action, actsOnAccount(action) ? (target?.handle ?? null) : null, days, context.job?.title ?? null)}`}
          </button>
        </fieldset>
      </form>
    </>
  );
}
