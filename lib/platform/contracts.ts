import "server-only";
import { fieldErrorAt, fieldsError } from "@/lib/http/problem";
import type { ContractEvent } from "@/lib/api/schemas/contracts";
import type { ItemStatus } from "@/lib/platform/entities";
import { inTransaction } from "@/lib/platform/transaction";

/**
 * Records that a contract started or ended in a thread. Messages arriving
 * later get `contractActive` from these spans at their own sentAt; messages
 * already stored keep the state they were sent in (they are evidence).
 */
export async function recordContractEvent(input: ContractEvent) {
  const at = new Date(input.at);
  return inTransaction(async (tx) => {
    const thread = await tx.thread.findUnique({
      where: { externalId: input.threadId },
      select: { id: true, kind: true },
    });
    if (!thread) {
      throw fieldsError("INVALID", "The contract's thread is unknown. Nothing was written.", [
        fieldErrorAt(["threadId"], `Unknown thread "${input.threadId}": send it with POST /api/v1/messages first.`),
      ]);
    }
    if (thread.kind !== "JOB_MESSAGES") {
      throw fieldsError("INVALID", "Contracts start in job message threads only.", [
        fieldErrorAt(["threadId"], `Thread "${input.threadId}" is a forum topic.`),
      ]);
    }
    const existing = await tx.contract.findUnique({
      where: { externalId: input.id },
      select: { id: true, threadId: true, startedAt: true, endedAt: true, thread: { select: { externalId: true } } },
    });
    if (existing && existing.threadId !== thread.id) {
      throw fieldsError("CONFLICT", `Contract "${input.id}" belongs to thread "${existing.thread.externalId}".`, [
        fieldErrorAt(["threadId"], "A contract cannot move to another thread."),
      ]);
    }

    let status: ItemStatus;
    let row: { id: string; startedAt: Date; endedAt: Date | null };
    if (input.event === "started") {
      if (!existing) {
        row = await tx.contract.create({
          data: { externalId: input.id, threadId: thread.id, startedAt: at },
          select: { id: true, startedAt: true, endedAt: true },
        });
        status = "created";
      } else if (existing.startedAt.getTime() === at.getTime()) {
        row = existing;
        status = "unchanged";
      } else {
        throw fieldsError(
          "CONFLICT",
          `Contract "${input.id}" started at ${existing.startedAt.toISOString()}, not at ${at.toISOString()}.`,
          [fieldErrorAt(["at"], "A contract starts once.")],
        );
      }
    } else {
      if (!existing) {
        throw fieldsError(
          "INVALID",
          `Contract "${input.id}" has not started. Send its "started" event first. Nothing was written.`,
          [fieldErrorAt(["id"], `Unknown contract "${input.id}".`)],
        );
      }
      if (at.getTime() < existing.startedAt.getTime()) {
        throw fieldsError("INVALID", "A contract cannot end before it started.", [
          fieldErrorAt(["at"], `Contract "${input.id}" started at ${existing.startedAt.toISOString()}.`),
        ]);
      }
      if (existing.endedAt === null) {
        row = await tx.contract.update({
          where: { id: existing.id },
          data: { endedAt: at },
          select: { id: true, startedAt: true, endedAt: true },
        });
        status = "updated";
      } else if (existing.endedAt.getTime() === at.getTime()) {
        row = existing;
        status = "unchanged";
      } else {
        throw fieldsError(
          "CONFLICT",
          `Contract "${input.id}" ended at ${existing.endedAt.toISOString()}, not at ${at.toISOString()}.`,
          [fieldErrorAt(["at"], "A contract ends once.")],
        );
      }
    }
    return {
      id: input.id,
      status,
      contractId: row.id,
      threadId: input.threadId,
      startedAt: row.startedAt.toISOString(),
      endedAt: row.endedAt?.toISOString() ?? null,
    };
  });
}
