import type { FormAction } from "@/lib/cases/decisions/schemas";

export const ACTION_LABELS: Record<FormAction, string> = {
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

/** One key per decision on the case page (listed in the `?` dialog). */
export const ACTION_KEYS: Partial<Record<FormAction, string>> = {
  DISMISS: "d",
  WARN: "w",
  TAKE_DOWN_JOB: "t",
  RESTRICT: "r",
  SUSPEND: "s",
  ESCALATE: "e",
};

export const SCOPE_LABELS = { MESSAGING: "Messaging", PROPOSALS: "Proposals", JOB_POSTING: "Posting jobs" } as const;

/** What the form's button and the confirmation say the decision does, naming the account. */
export function describeDecision(action: FormAction, handle: string | null, days: number, jobTitle: string | null) {
  const who = handle ? `@${handle}` : "the account";
  switch (action) {
    case "DISMISS":
      return "dismiss the case";
    case "RESOLVE":
      return "resolve the case";
    case "ESCALATE":
      return "escalate to staff";
    case "WARN":
      return `warn ${who}`;
    case "TAKE_DOWN_JOB":
      return jobTitle ? `take “${jobTitle}” down` : "take the job down";
    case "TAKE_DOWN_ALL_JOBS":
      return `take down every open job of ${who}`;
    case "RESTRICT":
      return `restrict ${who} for ${days} day${days === 1 ? "" : "s"}`;
    case "REMOVE_BADGE":
      return `remove a badge from ${who}`;
    case "SUSPEND":
      return `suspend ${who}`;
  }
}
