import "server-only";
import { z } from "@/lib/zod";
import { recordAudit } from "@/lib/audit/record";
import type { ConsoleActor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";

export const accountNoteSchema = z.object({
  accountId: z.string().min(1),
  body: z.string().trim().min(1, "Write the note first.").max(5000, "Keep notes under 5,000 characters."),
});

/**
 * An internal note on an account (not on one of its cases): plain text,
 * shown on the account page, and a NOTE_ADDED audit event about the account
 * in the same transaction.
 */
export async function addAccountNote(actor: Pick<ConsoleActor, "id">, input: z.input<typeof accountNoteSchema>) {
  const { accountId, body } = accountNoteSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const account = await tx.account.findUnique({ where: { id: accountId }, select: { id: true, handle: true } });
    if (!account) throw new SafeError("NOT_FOUND", "That account no longer exists.");
    const note = await tx.accountNote.create({ data: { accountId, authorId: actor.id, body } });
    await recordAudit(tx, {
      action: "NOTE_ADDED",
      actorId: actor.id,
      subjectType: "ACCOUNT",
      subjectId: accountId,
      reason: body.length > 200 ? `${body.slice(0, 200)}…` : body,
      data: { noteId: note.id, accountHandle: account.handle },
    });
    return note;
  });
}
