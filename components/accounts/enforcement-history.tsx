"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { decideAction } from "@/app/(console)/cases/[caseId]/decision-actions";
import { LocalTime, SCOPE_LABELS } from "@/components/accounts/account-status";
import { Empty, Section } from "@/components/accounts/section";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AccountEnforcementRow, AccountPageView } from "@/lib/accounts/types";
import { caseReference, ENFORCEMENT_ITEM_LABELS } from "@/lib/cases/labels";
import { Button } from "@/components/ui/button";
import { Label, Textarea } from "@/components/ui/field";

// On the account page a warning is named for what it counts as: a strike.
const KIND = {
  ...ENFORCEMENT_ITEM_LABELS,
  WARNING: { ...ENFORCEMENT_ITEM_LABELS.WARNING, label: "Warning (strike)" },
};

/**
 * Everything done to the account and its jobs, newest first. A reversal is
 * the case decision REVERSE on the enforcement's case (lib/cases/decisions),
 * so the server checks permission, claim and version exactly as on the case page.
 */
export function EnforcementHistory({
  enforcements,
  strikes,
}: {
  enforcements: AccountEnforcementRow[];
  strikes: AccountPageView["strikes"];
}) {
  return (
    <Section
      id="account-enforcement"
      title="Enforcement history"
      count={enforcements.length}
      description={
        strikes.length
          ? `${strikes.filter((s) => !s.withdrawn).length} of ${strikes.length} warnings stand; strikes do not expire unless an end is shown.`
          : undefined
      }
    >
      {enforcements.length === 0 ? (
        <Empty>Nothing has been done to this account or its jobs.</Empty>
      ) : (
        <ul className="divide-y divide-border">
          {enforcements.map((e) => (
            <EnforcementItem key={e.id} e={e} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function EnforcementItem({ e }: { e: AccountEnforcementRow }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [pending, startTransition] = useTransition();
  const label = KIND[e.kind];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!e.case) return;
    if (reason.trim().length < 5) {
      toast.error("Give a reason (at least 5 characters); it goes into the audit trail.");
      return;
    }
    const kase = e.case;
    startTransition(async () => {
      const result = await decideAction({
        action: "REVERSE",
        caseId: kase.id,
        expectedVersion: kase.version,
        requestId: crypto.randomUUID(),
        reason: reason.trim(),
        enforcementId: e.id,
        confirmed: true,
      });
      if (result.ok) {
        toast.success(result.message);
        setOpen(false);
        setReason("");
        router.refresh();
        return;
      }
      switch (result.code) {
        case "STALE_VERSION":
          toast.error(`${result.error} The page has been reloaded; try again.`);
          router.refresh();
          break;
        default:
          toast.error(result.error);
      }
    });
  }

  return (
    <li className="px-4 py-2 text-sm" aria-label={`${label.label} on ${e.target}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className={e.reversed ? "text-muted" : "text-fg"}>
          <p>
            <span className="font-medium">{label.label}</span> · {e.target}
            {e.reversed ? <span className="ml-1 rounded bg-surface-strong px-1 text-xs">reversed</span> : null}
          </p>
          <p className="text-xs text-muted">
            by {e.actor}, <RelativeTime iso={e.at} />
            {e.case ? (
              <>
                {" "}
                on{" "}
                <Link href={`/cases/${e.case.id}`} className="font-mono text-accent-text hover:underline">
                  {caseReference(e.case.number)}
                </Link>
              </>
            ) : null}
            {e.endsAt ? (
              <>
                {" "}
                · {e.kind === "WARNING" ? "expires" : "ends"} <LocalTime iso={e.endsAt} />
              </>
            ) : null}
            {e.scopes.length ? ` · ${e.scopes.map((s) => SCOPE_LABELS[s]).join(", ")}` : ""}
          </p>
          <p className="text-xs break-words text-muted">Reason: {e.reason}</p>
          {e.reversed ? (
            <p className="text-xs text-muted">
              Reversed by {e.reversed.by ?? "the system"} <RelativeTime iso={e.reversed.at} />
              {e.reversed.reason ? `: ${e.reversed.reason}` : ""}
            </p>
          ) : null}
        </div>
        {e.canReverse && !open ? (
          <Button
            size="sm"
            onClick={() => setOpen(true)}
            aria-label={`${label.undo}: ${label.label.toLowerCase()} on ${e.target}`}
          >
            {label.undo}…
          </Button>
        ) : null}
      </div>
      {open ? (
        <form onSubmit={submit} className="mt-2 rounded-md border border-border bg-surface-subtle p-2">
          <Label htmlFor={`reverse-${e.id}`}>
            Why reverse it? (goes into the audit trail of {e.case ? caseReference(e.case.number) : "the case"})
          </Label>
          <Textarea
            id={`reverse-${e.id}`}
            value={reason}
            onChange={(ev) => setReason(ev.target.value)}
            rows={2}
            maxLength={2000}
            autoFocus
            className="mt-1"
          />
          <div className="mt-2 flex gap-2">
            <Button type="submit" variant="primary" size="sm" disabled={pending}>
              {pending ? "Reversing…" : label.undo}
            </Button>
            <Button size="sm" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
