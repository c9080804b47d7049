"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { addCaseNote, noteSchema } from "@/lib/cases/notes";

export const addNoteAction = defineAction(
  { permission: "note:write", input: noteSchema, from: (caseId: string, body: string) => ({ caseId, body }) },
  async ({ actor, input }) => {
    await addCaseNote(actor, input);
    revalidatePath(`/cases/${input.caseId}`);
    return { message: "Note added.", data: undefined };
  },
);
