"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { decide } from "@/lib/cases/decisions/decide";
import { decisionSchema } from "@/lib/cases/decisions/schemas";

// The base permission to be here; decide() checks the exact one for the action and the case's state.
export const decideAction = defineAction(
  { permission: "case:read", input: decisionSchema },
  async ({ actor, input }) => {
    const result = await decide(actor, input);
    revalidatePath(`/cases/${input.caseId}`);
    return { message: result.message, data: result };
  },
);
