"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import type { CaseOutcome } from "@/lib/cases/kernel";
import { decideOnAccount } from "@/lib/accounts/decide";
import { accountDecisionSchema } from "@/lib/accounts/decide-schema";
import { decide } from "@/lib/cases/decisions/decide";
import { decideCompound, undoGroup } from "@/lib/cases/decisions/compound";
import { compoundDecisionSchema, undoGroupSchema } from "@/lib/cases/decisions/compound-schema";
import { reopenCase, reopenSchema } from "@/lib/cases/decisions/reopen";
import { decisionSchema } from "@/lib/cases/decisions/schemas";

// The base permission to be here; each function checks the exact one for the action and the case's state.
// Each revalidates the case page, whose refreshed tree comes back with the action's answer: the panel
// does not also call router.refresh() (two renders racing for the same page was the intermittent
// "page could not load" after a decision).
export const decideAction = defineAction(
  { permission: "case:read", input: decisionSchema },
  async ({ actor, input }) => {
    const result = await decide(actor, input);
    revalidatePath(`/cases/${input.caseId}`);
    return { message: result.message, data: result };
  },
);

/** Warn, restrict, suspend or take down all jobs of an account, optionally settling its other open cases. */
export const accountDecisionAction = defineAction(
  { permission: "case:decide", input: accountDecisionSchema },
  async ({ actor, input }) => {
    const result = await decideOnAccount(actor, input);
    if (input.fromCaseId) revalidatePath(`/cases/${input.fromCaseId}`);
    revalidatePath(`/accounts/${input.accountId}`);
    return { message: result.message, data: { settled: result.settled.length, left: result.left.length } };
  },
);

export const compoundDecisionAction = defineAction(
  { permission: "case:decide", input: compoundDecisionSchema },
  async ({ actor, input }) =>
    answer(input.caseId, await decideCompound(actor, input), "This decision was already recorded."),
);

export const undoGroupAction = defineAction(
  { permission: "decision:reverse", input: undoGroupSchema },
  async ({ actor, input }) => answer(input.caseId, await undoGroup(actor, input), "This undo was already recorded."),
);

export const reopenCaseAction = defineAction(
  { permission: "case:decide", input: reopenSchema },
  async ({ actor, input }) => answer(input.caseId, await reopenCase(actor, input), "Already reopened."),
);

/** The answer to a change of the case: the kernel's own message, or `repeated` for a request id it has seen. */
function answer(caseId: string, outcome: CaseOutcome<string>, repeated: string) {
  revalidatePath(`/cases/${caseId}`);
  return { message: outcome.duplicate ? repeated : outcome.result, data: undefined };
}
