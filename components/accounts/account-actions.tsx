"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { accountDecisionAction } from "@/app/(console)/cases/[caseId]/decision-actions";
import {
  accountActionFormSchema,
  AccountRestrictionFields,
  confirmQuestion,
  type AccountActionForm,
} from "@/components/accounts/account-action-parts";
import { ConfirmDialog, type Confirmation } from "@/components/cases/decisions/confirm-dialog";
import { useDecisionSubmit } from "@/components/cases/decisions/use-decision-submit";
import { Button } from "@/components/ui/button";
import { controlClass, Label } from "@/components/ui/field";
import { ACCOUNT_ACTION_LABELS, ACCOUNT_ACTIONS } from "@/lib/accounts/decide-schema";
import { EnumOptions } from "@/components/ui/enum-options";

export interface AccountActionsProps {
  accountId: string;
  handle: string;
  /** The viewer's permissions (the server checks again). */
  permissions: { decide: boolean; suspend: boolean; restrictLong: boolean; takeDown: boolean };
  maxModeratorDays?: number;
  /** The account's open cases, for "also settle its other open cases". */
  openCases?: number;
}

/**
 * Decide on the account as a whole (for the account page): warn, restrict,
 * suspend or take down all its open jobs, optionally settling every open case
 * of the account (lib/accounts/decide.ts, one transaction).
 */
export function AccountActions({
  accountId,
  handle,
  permissions,
  maxModeratorDays = 14,
  openCases = 0,
}: AccountActionsProps) {
  const { pending, run } = useDecisionSubmit();
  const [confirming, setConfirming] = useState<Confirmation | null>(null);
  const offered = ACCOUNT_ACTIONS.filter((a) =>
    a === "SUSPEND" ? permissions.suspend : a === "TAKE_DOWN_JOBS" ? permissions.takeDown : permissions.decide,
  );
  const form = useForm<AccountActionForm>({
    resolver: zodResolver(accountActionFormSchema),
    defaultValues: { action: offered[0] ?? "WARN", days: 7, scopes: ["MESSAGING"], reason: "", settleOpenCases: false },
  });
  const [action, days] = useWatch({ control: form.control, name: ["action", "days"] });
  if (!permissions.decide || offered.length === 0) return null;

  const onSubmit = form.handleSubmit((f) => {
    setConfirming({
      question: confirmQuestion(f, handle, openCases),
      reason: f.reason,
      onConfirm: (reason) => {
        setConfirming(null);
        run(
          () =>
            accountDecisionAction({
              accountId,
              action: f.action,
              ...(f.action === "RESTRICT" ? { days: f.days, scopes: f.scopes } : {}),
              reason,
              settleOpenCases: f.settleOpenCases,
              requestId: crypto.randomUUID(),
              confirmed: true,
            }),
          { onDone: () => form.reset() },
        );
      },
    });
  });

  return (
    <form onSubmit={onSubmit} aria-label={`Decide on @${handle}`} className="space-y-2 text-sm">
      <Label>
        Action
        <select {...form.register("action")} className={`mt-1 ${controlClass}`}>
          <EnumOptions values={offered} labels={ACCOUNT_ACTION_LABELS} />
        </select>
      </Label>
      {action === "RESTRICT" ? (
        <AccountRestrictionFields
          form={form}
          days={days}
          longAllowed={permissions.restrictLong}
          maxModeratorDays={maxModeratorDays}
        />
      ) : null}
      <Label>
        Reason (kept in the audit trail)
        <textarea {...form.register("reason")} rows={2} className={`mt-1 ${controlClass}`} />
      </Label>
      {form.formState.errors.reason ? (
        <p role="alert" className="text-xs text-danger-text">
          {form.formState.errors.reason.message}
        </p>
      ) : null}
      {openCases > 0 ? (
        <label className="flex items-center gap-2 text-xs text-fg-soft">
          <input type="checkbox" {...form.register("settleOpenCases")} className="accent-accent" /> Also settle its{" "}
          {openCases} open case
          {openCases === 1 ? "" : "s"}
        </label>
      ) : null}
      <Button type="submit" variant="primary" disabled={pending} className="w-full">
        {pending ? "Applying…" : `Apply to @${handle}`}
      </Button>
      <ConfirmDialog decision={confirming} onCancel={() => setConfirming(null)} />
    </form>
  );
}
