"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { accountNoteSchema, addAccountNote } from "@/lib/accounts/notes";

export const addAccountNoteAction = defineAction(
  {
    permission: "note:write",
    input: accountNoteSchema,
    from: (accountId: string, body: string) => ({ accountId, body }),
  },
  async ({ actor, input }) => {
    await addAccountNote(actor, input);
    revalidatePath(`/accounts/${input.accountId}`);
    return { message: "Note added to the account.", data: undefined };
  },
);
