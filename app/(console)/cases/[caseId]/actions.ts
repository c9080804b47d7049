"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/session";
import { addCaseNote } from "@/lib/cases/notes";

export async function addNoteAction(caseId: string, body: string) {
  return runAction(async () => {
    const actor = await requireActor("note:write");
    await addCaseNote(actor, { caseId, body });
    revalidatePath(`/cases/${caseId}`);
    return { message: "Note added.", data: undefined };
  });
}
