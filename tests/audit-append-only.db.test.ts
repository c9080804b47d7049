import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";

describe("the audit trail", () => {
  it("refuses updates and deletes at the database level", async () => {
    const event = await prisma.auditEvent.create({
      data: { action: "NOTE_ADDED", actorKind: "SYSTEM", reason: "original" },
    });
    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { reason: "rewritten" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent" CASCADE`)).rejects.toThrow(/append-only/);
    const after = await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(after.reason).toBe("original");
  });
});
