"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { sendReplySchema } from "@/lib/replies/schemas";
import { sendReply } from "@/lib/replies/send";

export const sendReplyAction = defineAction(
  { permission: "reply:send", input: sendReplySchema },
  async ({ actor, input }) => {
    const result = await sendReply(actor, input);
    revalidatePath(`/cases/${result.reply.caseId}`);
    return {
      message: result.duplicate
        ? "That reply was already sent; it is stored once."
        : `Reply to @${result.recipient.handle} queued; the platform delivers it shortly.`,
      data: { id: result.reply.id },
    };
  },
);
