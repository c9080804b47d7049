"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { accountDecisionAction } from "@/app/(console)/cases/[caseId]/decision-actions";
import { ConfirmDialog, type Confirmation } from "@/components/cases/decisions/confirm-dialog";
import { SCOPE_LABELS } from "@/components/cases/decisions/labels";
import { useDecisionSubmit } from "@/components/cases/decisions/use-decision-submit";
import { ACCOUNT_ACTION_LABELS, ACCOUNT_ACTIONS, type AccountAction } from "@/lib/accounts/decide-schema";
import { RESTRICTION_SCOPES } from "@/lib/cases/decisions/schemas";

const formSchema = z.object({
  action: z.enum(ACCOUNT_ACTIONS),
  days: z.number().int().min(1, "At least one day.").max(365, "At most 365 days; suspend instead."),
  scopes: z.array(z.enum(RESTRICTION_SCOPES)),
  reason: z.string().trim().min(5, "Give a reason (at least 5 characters); it goes into the audit trail."),
  settleOpenCases: z.boolean(),
});
type Form = z.infer<typeof formSchema>;

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
  const form = useForm<Form>({
    resolver: zodResolver(formSchema),
    defaultValues: { action: offered[0] ?? "WARN", days: 7, scopes: ["MESSAGING"], reason: "", settleOpenCases: false },
  });
  const [action, days] = useWatch({ control: form.control, name: ["action", "days"] });
  if (!permissions.decide || offered.length === 0) return null;

  const onSubmit = form.handleSubmit((f) => {
    const settle =
      f.settleOpenCases && openCases > 0 ? ` and settle its ${openCases} open case${openCases === 1 ? "" : "s"}` : "";
    const what =
      f.action === "RESTRICT"
        ? `Restrict @${handle} for ${f.days} days`
        : `${ACCOUNT_ACTION_LABELS[f.action as AccountAction].split(" (")[0]} @${handle}`;
    setConfirming({
      question: `${f.action === "TAKE_DOWN_JOBS" ? `Take down every open job of @${handle}` : what}${settle}?`,
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
      <label className="block text-xs font-medium text-slate-700">
        Action
        <select
          {...form.register("action")}
          className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
        >
          {offered.map((a) => (
            <option key={a} value={a}>
              {ACCOUNT_ACTION_LABELS[a]}
            </option>
          ))}
        </select>
      </label>
      {action === "RESTRICT" ? (
        <fieldset className="space-y-1">
          <label className="flex items-center gap-2 text-xs text-slate-700">
            Days
            <input
              type="number"
              min={1}
              max={365}
              {...form.register("days", { valueAsNumber: true })}
              className="w-20 rounded-md border border-slate-300 px-2 py-1"
            />
          </label>
          {!permissions.restrictLong && days > maxModeratorDays ? (
            <p className="text-xs text-amber-800">Longer than {maxModeratorDays} days is staff&apos;s call.</p>
          ) : null}
          <div className="flex flex-wrap gap-3">
            {RESTRICTION_SCOPES.map((s) => (
              <label key={s} className="inline-flex items-center gap-1 text-xs">
                <input type="checkbox" value={s} {...form.register("scopes")} /> {SCOPE_LABELS[s]}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <label className="block text-xs font-medium text-slate-700">
        Reason (kept in the audit trail)
        <textarea
          {...form.register("reason")}
          rows={2}
          className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
        />
      </label>
      {form.formState.errors.reason ? (
        <p role="alert" className="text-xs text-rose-700">
          {form.formState.errors.reason.message}
        </p>
      ) : null}
      {openCases > 0 ? (
        <label className="flex items-center gap-2 text-xs text-slate-700">
          <input type="checkbox" {...form.register("settleOpenCases")} /> Also settle its {openCases} open case
          {openCases === 1 ? "" : "s"}
        </label>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-indigo-700 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-800 disabled:opacity-50"
      >
        {pending ? "Applying…" : `Apply to @${handle}`}
      </button>
      <ConfirmDialog decision={confirming} onCancel={() => setConfirming(null)} />
    </form>
  );
}
