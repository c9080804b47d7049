"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { firstAction, formDefaults } from "@/components/cases/decisions/form-defaults";
import { useDecisionKeyboard } from "@/components/cases/decisions/use-decision-keyboard";
import type { DecisionContextView } from "@/lib/cases/decisions/context";
import { decisionFormSchema, type DecisionForm, type FormAction } from "@/lib/cases/decisions/schemas";

/** What every part of the decision panel is given: what may be decided, and whether a decision is on its way. */
export interface DecisionPart {
  context: DecisionContextView;
  pending: boolean;
}

/**
 * The decision form's state and behaviour, apart from its markup: the form
 * with its defaults, the badge that follows the chosen account, submitting
 * (with the first error as a toast), the decision keys and "Use the suggestion".
 */
export function useDecisionForm({
  context,
  pending,
  onDecide,
  onHelp,
}: DecisionPart & {
  onDecide: (form: DecisionForm, next: boolean) => void;
  onHelp: () => void;
}) {
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

  return { form, action, accountId, days, target, badges, held, submit, useSuggestion };
}
