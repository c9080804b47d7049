"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/session";
import { decide, type DecisionResult } from "@/lib/decisions/decide";
import type { DecisionInput } from "@/lib/decisions/schemas";

export async function decideAction(input: DecisionInput) {
  return runAction<DecisionResult>(async () => {
    // The base permission to be here; decide() checks the exact one for the action.
    const actor = await requireActor("case:read");
    const result = await decide(actor, input);
    revalidatePath(`/cases/${input.caseId}`);
    return { message: result.message, data: result };
  });
}
