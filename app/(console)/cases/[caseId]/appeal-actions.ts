"use server";

import { revalidatePath } from "next/cache";
import { decideAppeal } from "@/lib/appeals/decide";
import { appealDecisionSchema } from "@/lib/appeals/rules";
import { defineAction } from "@/lib/http/action";

// The exact permission (appeal:decide) and the four-eyes rule are checked by decideAppeal, under the case's lock.
export const decideAppealAction = defineAction(
  { permission: "appeal:decide", input: appealDecisionSchema },
  async ({ actor, input }) => {
    const result = await decideAppeal(actor, input);
    revalidatePath(`/cases/${input.caseId}`);
    return { message: result.message, data: result };
  },
);
