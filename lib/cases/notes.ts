import "server-only";
import { z } from "@/lib/zod";
import { recordAudit } from "@/lib/audit/record";
import type { ConsoleActor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";

export const noteSchema = z.object({
  caseId: z.string().min(1),
  body: z.string().trim().min(1, "Write the note first.").max(5000, "Keep notes under 5,000 characters."),
});

/** An internal note: plain text, kept with the case and on its timeline. */
export async function addCaseNote(actor: ConsoleActor, input: z.input<typeof noteSchema>) {
  const { caseId, body } = noteSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const kase = await tx.case.findUnique({ where: { id: caseId }, select: { id: true, version: true } });
    if (!kase) throw new SafeError("NOT_FOUND", "That case no longer exists.");
    const note = await tx.caseNote.create({ data: { caseId, authorId: actor.id, body } });
    await recordAudit(tx, {
      action: "NOTE_ADDED",
      actorId: actor.id,
      caseId,
      caseVersion: kase.version,
      reason: body.length > 200 ? `${body.slice(0, 200)}…` : body,
      data: { noteId: note.id },
    });
    return note;
  });
}
