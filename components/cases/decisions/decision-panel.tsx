"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { decideAction } from "@/app/(console)/cases/[caseId]/decision-actions";
import { ConfirmDialog } from "@/components/cases/decisions/confirm-dialog";
import { EnforcementList } from "@/components/cases/decisions/enforcement-list";
import type { DecisionContextView } from "@/lib/cases/decisions/context";
import { needsConfirmation } from "@/lib/cases/decisions/rules";
import { RESTRICTION_SCOPES, type DecisionAction, type DecisionInput } from "@/lib/cases/decisions/schemas";

const ACTION_LABELS: Record<Exclude<DecisionAction, "REVERSE">, string> = {
  DISMISS: "Dismiss: no violation",
  WARN: "Warn the account (adds a strike)",
  TAKE_DOWN_JOB: "Take the job down",
  TAKE_DOWN_ALL_JOBS: "Take down all open jobs of a client",
  RESTRICT: "Restrict the account",
  REMOVE_BADGE: "Remove a badge",
  SUSPEND: "Suspend the account",
  ESCALATE: "Escalate to staff",
  RESOLVE: "Resolve (action taken elsewhere)",
};

const NEEDS_ACCOUNT = new Set<DecisionAction>(["WARN", "TAKE_DOWN_ALL_JOBS", "RESTRICT", "REMOVE_BADGE", "SUSPEND"]);
const CLOSES_ITSELF = new Set<DecisionAction>(["DISMISS", "RESOLVE", "ESCALATE"]);
const SCOPE_LABELS = { MESSAGING: "Messaging", PROPOSALS: "Proposals", JOB_POSTING: "Posting jobs" } as const;

interface Props {
  caseId: string;
  version: number;
  context: DecisionContextView;
}

export function DecisionPanel({ caseId, version, context }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const firstAction = (context.actions[0] ?? "DISMISS") as Exclude<DecisionAction, "REVERSE">;
  const [action, setAction] = useState<Exclude<DecisionAction, "REVERSE">>(firstAction);
  const [accountId, setAccountId] = useState(context.primaryAccountId ?? context.targets[0]?.id ?? "");
  const [days, setDays] = useState(7);
  const [scopes, setScopes] = useState<string[]>(["MESSAGING"]);
  const [badge, setBadge] = useState("");
  const [reason, setReason] = useState("");
  const [resolve, setResolve] = useState(true);
  const [confirming, setConfirming] = useState<DecisionInput | null>(null);
  // One id per decision attempt: a double click sends the same id and the server applies it once.
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());

  const target = context.targets.find((t) => t.id === accountId);
  const badges = useMemo(() => target?.badges ?? [], [target]);

  const input = useMemo((): DecisionInput => {
    const base = { caseId, expectedVersion: version, requestId, reason };
    switch (action) {
      case "DISMISS":
      case "RESOLVE":
      case "ESCALATE":
        return { ...base, action };
      case "TAKE_DOWN_JOB":
        return { ...base, action, jobId: context.job?.id ?? "", resolve };
      case "RESTRICT":
        return { ...base, action, accountId, days, scopes: scopes as (typeof RESTRICTION_SCOPES)[number][], resolve };
      case "REMOVE_BADGE":
        return { ...base, action, accountId, badge: badge || badges[0] || "", resolve };
      default:
        return { ...base, action, accountId, resolve };
    }
  }, [action, accountId, badge, badges, caseId, context.job?.id, days, reason, requestId, resolve, scopes, version]);

  function submit(decision: DecisionInput) {
    startTransition(async () => {
      const result = await decideAction(decision);
      if (result.ok) {
        toast.success(result.message);
        setRequestId(crypto.randomUUID());
        setReason("");
        router.refresh();
      } else {
        const stale = result.code === "STALE_VERSION";
        toast.error(result.fieldErrors ? Object.values(result.fieldErrors).join(" ") : result.error, {
          duration: stale ? 15_000 : 6_000,
          action: stale ? { label: "Reload", onClick: () => router.refresh() } : undefined,
        });
        if (!result.fieldErrors) setRequestId(crypto.randomUUID());
      }
    });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 5) {
      toast.error("Give a reason (at least 5 characters); it goes into the audit trail.");
      return;
    }
    const days = "days" in input ? input.days : undefined;
    if (needsConfirmation({ action: input.action, days })) setConfirming({ ...input, confirmed: true });
    else submit(input);
  }

  const longRestriction =
    action === "RESTRICT" && days > context.maxModeratorDays && !context.actions.includes("SUSPEND");
  const unavailable = context.actions.length === 0;

  return (
    <section aria-labelledby="decide-heading" className="rounded-lg border border-indigo-200 bg-white">
      <h2
        id="decide-heading"
        className="border-b border-indigo-100 bg-indigo-50/60 px-4 py-2 text-sm font-semibold text-slate-900"
      >
        Decide
      </h2>
      {context.suggestion ? (
        <div className="border-b border-slate-100 px-4 py-2 text-xs text-slate-700" data-testid="suggestion">
          <p>
            <span className="font-semibold">Suggested next step:</span>{" "}
            {context.suggestion.action === "RESTRICT"
              ? `restrict for ${context.suggestion.days} days`
              : context.suggestion.action.toLowerCase()}
            . {context.suggestion.why}
          </p>
          {!unavailable ? (
            <button
              type="button"
              className="mt-1 font-medium text-indigo-700 underline-offset-2 hover:underline"
              onClick={() => {
                const s = context.suggestion!;
                if (!context.actions.includes(s.action)) {
                  setAction(context.actions.includes("ESCALATE") ? "ESCALATE" : firstAction);
                  toast.info("That step is for staff: escalate the case with your recommendation.");
                  return;
                }
                setAction(s.action);
                if (s.days) setDays(s.days);
                if (context.primaryAccountId) setAccountId(context.primaryAccountId);
              }}
            >
              Use the suggestion
            </button>
          ) : null}
        </div>
      ) : null}
      {unavailable ? (
        <p className="px-4 py-3 text-sm text-slate-600">
          Nothing to decide here with your role: the case is closed, escalated to staff, or your role only reads and
          replies.
        </p>
      ) : (
        <form onSubmit={onSubmit} className="space-y-3 px-4 py-3 text-sm" aria-label="Decision">
          <div>
            <label htmlFor="decision-action" className="block text-xs font-medium text-slate-700">
              Action
            </label>
            <select
              id="decision-action"
              value={action}
              onChange={(e) => setAction(e.target.value as typeof action)}
              className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
            >
              {context.actions.map((a) => (
                <option key={a} value={a}>
                  {ACTION_LABELS[a as keyof typeof ACTION_LABELS]}
                </option>
              ))}
            </select>
          </div>
          {NEEDS_ACCOUNT.has(action) ? (
            <div>
              <label htmlFor="decision-account" className="block text-xs font-medium text-slate-700">
                Account
              </label>
              <select
                id="decision-account"
                value={accountId}
                onChange={(e) => setAccountId(e.target.value)}
                className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
              >
                {context.targets.map((t) => (
                  <option key={t.id} value={t.id}>
                    @{t.handle} ({t.status.toLowerCase()}
                    {action === "TAKE_DOWN_ALL_JOBS" ? `, ${t.openJobs} open job${t.openJobs === 1 ? "" : "s"}` : ""})
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {action === "TAKE_DOWN_JOB" ? (
            <p className="text-xs text-slate-600">
              {context.job ? (
                <>
                  Job: “{context.job.title}” ({context.job.status.toLowerCase().replace("_", " ")})
                </>
              ) : (
                "This case has no job posting."
              )}
            </p>
          ) : null}
          {action === "RESTRICT" ? (
            <fieldset className="space-y-2">
              <legend className="text-xs font-medium text-slate-700">Restriction</legend>
              <div className="flex items-center gap-2">
                <label htmlFor="decision-days" className="text-xs text-slate-700">
                  Days
                </label>
                <input
                  id="decision-days"
                  type="number"
                  min={1}
                  max={365}
                  value={days}
                  onChange={(e) => setDays(Number(e.target.value))}
                  className="w-20 rounded-md border border-slate-300 px-2 py-1"
                />
                <span className="text-xs text-slate-500">moderators: up to {context.maxModeratorDays}</span>
              </div>
              <div className="flex flex-wrap gap-3">
                {RESTRICTION_SCOPES.map((s) => (
                  <label key={s} className="inline-flex items-center gap-1 text-xs">
                    <input
                      type="checkbox"
                      checked={scopes.includes(s)}
                      onChange={(e) => setScopes(e.target.checked ? [...scopes, s] : scopes.filter((x) => x !== s))}
                    />
                    {SCOPE_LABELS[s]}
                  </label>
                ))}
              </div>
              {longRestriction ? (
                <p role="note" className="text-xs text-amber-800">
                  Longer than {context.maxModeratorDays} days is staff&apos;s call: escalate instead.
                </p>
              ) : null}
            </fieldset>
          ) : null}
          {action === "REMOVE_BADGE" ? (
            <div>
              <label htmlFor="decision-badge" className="block text-xs font-medium text-slate-700">
                Badge
              </label>
              <select
                id="decision-badge"
                value={badge || badges[0] || ""}
                onChange={(e) => setBadge(e.target.value)}
                className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
              >
                {badges.length ? (
                  badges.map((b) => (
                    <option key={b} value={b}>
                      {b}
                    </option>
                  ))
                ) : (
                  <option value="">This account has no badges</option>
                )}
              </select>
            </div>
          ) : null}
          <div>
            <label htmlFor="decision-reason" className="block text-xs font-medium text-slate-700">
              Reason (kept in the audit trail)
            </label>
            <textarea
              id="decision-reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={3}
              maxLength={2000}
              className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
            />
          </div>
          {!CLOSES_ITSELF.has(action) ? (
            <label className="inline-flex items-center gap-2 text-xs text-slate-700">
              <input type="checkbox" checked={resolve} onChange={(e) => setResolve(e.target.checked)} /> Resolve the
              case with this decision
            </label>
          ) : null}
          <button
            type="submit"
            disabled={pending}
            className="w-full rounded-md bg-indigo-700 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-800 disabled:opacity-50"
          >
            {pending ? "Applying…" : "Apply decision"}
          </button>
        </form>
      )}
      <EnforcementList
        caseId={caseId}
        version={version}
        rows={context.enforcements}
        onDecide={(d) => setConfirming(d)}
        pending={pending}
      />
      <ConfirmDialog
        decision={confirming}
        onCancel={() => setConfirming(null)}
        onConfirm={(d) => {
          setConfirming(null);
          submit(d);
        }}
      />
    </section>
  );
}
