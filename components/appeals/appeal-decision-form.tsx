"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useSyncExternalStore } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { decideAppealAction } from "@/app/(console)/cases/[caseId]/appeal-actions";
import { useDecisionSubmit } from "@/components/cases/decisions/use-decision-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import {
  APPEAL_DECISION_LABELS,
  APPEAL_DECISIONS,
  appealFormSchema,
  type AppealDecisionKind,
  type AppealForm,
} from "@/lib/appeals/rules";

const noSubscribe = () => () => {};

interface Props {
  caseId: string;
  version: number;
  appellantHandle: string;
  modifiable: boolean;
  /** Why the viewer may not decide (null: they may). */
  whyNot: string | null;
}

/** Uphold, overturn or modify: the staff decision on an appeal case. */
export function AppealDecisionForm({ caseId, version, appellantHandle, modifiable, whyNot }: Props) {
  const { pending, run } = useDecisionSubmit();
  const form = useForm<AppealForm>({
    resolver: zodResolver(appealFormSchema),
    defaultValues: { decision: "UPHOLD", reason: "", confirmed: false },
  });
  const decision = useWatch({ control: form.control, name: "decision" });
  const errors = form.formState.errors;
  const choices = APPEAL_DECISIONS.filter((d) => d !== "MODIFY" || modifiable);
  // Rendered once hydrated, as the decision form: react-hook-form's defaults would undo an earlier choice.
  const hydrated = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );

  const submit = form.handleSubmit(
    (values) =>
      run(() => decideAppealAction({ ...values, caseId, expectedVersion: version, requestId: crypto.randomUUID() })),
    (errs) => toast.error(Object.values(errs)[0]?.message ?? "Some fields need attention."),
  );

  return (
    <Panel title="Decide the appeal" titleId="appeal-decision-title">
      {whyNot ? (
        <Alert tone="info" className="mx-4 mt-3" role="note">
          {whyNot}
        </Alert>
      ) : null}
      {!hydrated ? (
        <p className="px-4 py-3 text-xs text-muted">Loading the decision form…</p>
      ) : (
        <form
          aria-labelledby="appeal-decision-title"
          className="px-4 py-3 text-sm"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <fieldset disabled={!!whyNot || pending} className="space-y-3">
            <fieldset>
              <legend className="text-sm font-medium text-fg-soft">Outcome</legend>
              <div className="mt-1 space-y-1">
                {choices.map((d: AppealDecisionKind) => (
                  <label key={d} className="flex items-center gap-2">
                    <input type="radio" value={d} {...form.register("decision")} />
                    {APPEAL_DECISION_LABELS[d]}
                  </label>
                ))}
              </div>
            </fieldset>
            {decision === "MODIFY" ? (
              <Field
                label="Restriction length now (days from the original decision)"
                hint="It must end later than now and sooner than the decision under appeal."
                error={errors.days?.message}
              >
                <Input
                  type="number"
                  min={1}
                  max={365}
                  {...form.register("days", { setValueAs: (v) => (v === "" || v == null ? undefined : Number(v)) })}
                />
              </Field>
            ) : null}
            <Field label="Reason (sent to the appellant, kept in the audit trail)" error={errors.reason?.message}>
              <Textarea rows={3} maxLength={2000} {...form.register("reason")} />
            </Field>
            {decision !== "UPHOLD" ? (
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" className="mt-1" {...form.register("confirmed")} />
                <span>
                  Confirm: this changes @{appellantHandle}&apos;s account
                  {errors.confirmed ? (
                    <span role="alert" className="block text-xs text-danger-text">
                      {errors.confirmed.message}
                    </span>
                  ) : null}
                </span>
              </label>
            ) : null}
            <Button type="submit" variant="primary" loading={pending}>
              {decision === "UPHOLD" ? "Uphold" : decision === "OVERTURN" ? "Overturn" : "Modify"} and reply to @
              {appellantHandle}
            </Button>
          </fieldset>
        </form>
      )}
    </Panel>
  );
}
