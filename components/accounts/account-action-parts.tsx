"use client";

import type { UseFormReturn } from "react-hook-form";
import { z } from "@/lib/zod";
import { SCOPE_LABELS } from "@/components/cases/decisions/labels";
import { ACCOUNT_ACTION_LABELS, ACCOUNT_ACTIONS } from "@/lib/accounts/decide-schema";
import { RESTRICTION_SCOPES } from "@/lib/cases/decisions/schemas";

/** The account page's decision form (AccountActions): what it asks, and how it is checked before it is sent. */
export const accountActionFormSchema = z.object({
  action: z.enum(ACCOUNT_ACTIONS),
  days: z.number().int().min(1, "At least one day.").max(365, "At most 365 days; suspend instead."),
  scopes: z.array(z.enum(RESTRICTION_SCOPES)),
  reason: z.string().trim().min(5, "Give a reason (at least 5 characters); it goes into the audit trail."),
  settleOpenCases: z.boolean(),
});
export type AccountActionForm = z.infer<typeof accountActionFormSchema>;

/** The confirmation names the account and what settling does: "Suspend @x and settle its 7 open cases?" */
export function confirmQuestion(f: AccountActionForm, handle: string, openCases: number): string {
  const settle =
    f.settleOpenCases && openCases > 0 ? ` and settle its ${openCases} open case${openCases === 1 ? "" : "s"}` : "";
  const what =
    f.action === "TAKE_DOWN_JOBS"
      ? `Take down every open job of @${handle}`
      : f.action === "RESTRICT"
        ? `Restrict @${handle} for ${f.days} days`
        : `${ACCOUNT_ACTION_LABELS[f.action].split(" (")[0]} @${handle}`;
  return `${what}${settle}?`;
}

/** Days and scopes of a restriction, with the moderator's limit said before the server refuses it. */
export function AccountRestrictionFields({
  form,
  days,
  longAllowed,
  maxModeratorDays,
}: {
  form: UseFormReturn<AccountActionForm>;
  days: number;
  longAllowed: boolean;
  maxModeratorDays: number;
}) {
  return (
    <fieldset className="space-y-1">
      <label className="flex items-center gap-2 text-xs text-fg-soft">
        Days
        <input
          type="number"
          min={1}
          max={365}
          {...form.register("days", { valueAsNumber: true })}
          className="w-20 rounded-md border border-border-strong bg-surface px-2 py-1 text-fg"
        />
      </label>
      {!longAllowed && days > maxModeratorDays ? (
        <p className="text-xs text-warning-text">Longer than {maxModeratorDays} days is staff&apos;s call.</p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {RESTRICTION_SCOPES.map((s) => (
          <label key={s} className="inline-flex items-center gap-1 text-xs text-fg-soft">
            <input type="checkbox" value={s} {...form.register("scopes")} className="accent-accent" /> {SCOPE_LABELS[s]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
