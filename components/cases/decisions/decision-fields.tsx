"use client";

import { useWatch, type UseFormReturn } from "react-hook-form";
import { SCOPE_LABELS } from "@/components/cases/decisions/labels";
import type { DecisionContextView } from "@/lib/cases/decisions/context";
import { RESTRICTION_SCOPES, type DecisionForm } from "@/lib/cases/decisions/schemas";
import { Input, Label, Select } from "@/components/ui/field";

type Form = UseFormReturn<DecisionForm>;

export function FieldError({ message }: { message?: string }) {
  return message ? (
    <p role="alert" className="mt-1 text-xs text-danger-text">
      {message}
    </p>
  ) : null;
}

/** Whom the decision acts on, named by handle with their part in the case. */
export function TargetField({ form, context }: { form: Form; context: DecisionContextView }) {
  const [action, accountId] = useWatch({ control: form.control, name: ["action", "accountId"] });
  return (
    <div>
      <Label htmlFor="decision-account">Account</Label>
      <Select id="decision-account" {...form.register("accountId")} className="mt-1">
        {context.targets.map((t) => (
          <option key={t.id} value={t.id}>
            @{t.handle} ({t.status.toLowerCase()}
            {action === "TAKE_DOWN_ALL_JOBS" ? `, ${t.openJobs} open job${t.openJobs === 1 ? "" : "s"}` : ""})
          </option>
        ))}
      </Select>
      <p className="mt-0.5 text-xs text-muted">
        {context.targets.find((t) => t.id === accountId)?.role ?? ""}
        {context.primaryAccountId === accountId ? " · wrote the violations" : ""}
      </p>
      <FieldError message={form.formState.errors.accountId?.message} />
    </div>
  );
}

export function RestrictionFields({
  form,
  maxModeratorDays,
  longAllowed,
}: {
  form: Form;
  maxModeratorDays: number;
  longAllowed: boolean;
}) {
  const days = useWatch({ control: form.control, name: "days" });
  return (
    <fieldset className="space-y-2">
      <legend className="text-xs font-medium text-fg-soft">Restriction</legend>
      <div className="flex items-center gap-2">
        <label htmlFor="decision-days" className="text-xs text-fg-soft">
          Days
        </label>
        <Input
          id="decision-days"
          type="number"
          min={1}
          max={365}
          {...form.register("days", { valueAsNumber: true })}
          className="w-20"
        />
        <span className="text-xs text-muted">moderators: up to {maxModeratorDays}</span>
      </div>
      <div className="flex flex-wrap gap-3">
        {RESTRICTION_SCOPES.map((s) => (
          <label key={s} className="inline-flex items-center gap-1 text-xs">
            <input type="checkbox" value={s} {...form.register("scopes")} />
            {SCOPE_LABELS[s]}
          </label>
        ))}
      </div>
      <FieldError message={form.formState.errors.days?.message ?? form.formState.errors.scopes?.message} />
      {!longAllowed && days > maxModeratorDays ? (
        <p role="note" className="text-xs text-warning-text">
          Longer than {maxModeratorDays} days is staff&apos;s call: escalate instead.
        </p>
      ) : null}
    </fieldset>
  );
}

export function BadgeField({ form, badges }: { form: Form; badges: string[] }) {
  return (
    <div>
      <Label htmlFor="decision-badge">Badge</Label>
      <Select id="decision-badge" {...form.register("badge")} className="mt-1">
        {badges.length ? (
          badges.map((b) => (
            <option key={b} value={b}>
              {b}
            </option>
          ))
        ) : (
          <option value="">This account has no badges</option>
        )}
      </Select>
      <FieldError message={form.formState.errors.badge?.message} />
    </div>
  );
}
