"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/session";
import type { SendReplyInput } from "@/lib/replies/schemas";
import { sendReply } from "@/lib/replies/send";

export async function sendReplyAction(input: SendReplyInput) {
  return runAction(async () => {
    const actor = await requireActor("reply:send");
    const result = await sendReply(actor, input);
    revalidatePath(`/cases/${result.reply.caseId}`);
    return {
      message: result.duplicate
        ? "That reply was already sent; it is stored once."
        : `Reply to @${result.recipient.handle} queued; the platform delivers it shortly.`,
      data: { id: result.reply.id },
    };
  });
}
