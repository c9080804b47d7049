import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/admin/api-tokens/service";
import { auditEventsForExport, listAuditEvents } from "@/lib/audit/list";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db/prisma";
import { makeConsoleUser, uid } from "@/tests/support/fixtures";

async function all<T>(rows: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe("who reads what in the audit log", () => {
  it("keeps console-account and token events and console users' e-mails to those who manage users", async () => {
    const admin = await makeConsoleUser("ADMIN");
    const moderator = await makeConsoleUser("MODERATOR");
    const tokenName = `leak ${uid()}`;
    await createApiToken(admin, { name: tokenName });
    const reason = `case work ${uid()}`;
    await prisma.$transaction((tx) => recordAudit(tx, { action: "NOTE_ADDED", actorId: admin.id, reason }));

    const asAdmin = await listAuditEvents(admin, { actor: admin.name }, 100);
    expect(asAdmin.rows.map((r) => r.action).sort()).toEqual(["API_TOKEN_CREATED", "NOTE_ADDED"]);
    expect(asAdmin.rows.every((r) => r.actorEmail === admin.email)).toBe(true);

    for (const viewer of [moderator, await makeConsoleUser("STAFF")]) {
      const page = await listAuditEvents(viewer, { actor: admin.name }, 100);
      expect(page.rows.map((r) => r.action)).toEqual(["NOTE_ADDED"]);
      expect(page.rows[0]!.actorEmail).toBeNull();
      // Asking for the hidden kind by name finds nothing, and an e-mail is no search key.
      expect((await listAuditEvents(viewer, { action: "API_TOKEN_CREATED", actor: admin.name })).rows).toEqual([]);
      expect((await listAuditEvents(viewer, { actor: admin.email })).rows).toEqual([]);
      const exported = await all(auditEventsForExport(viewer, { actor: admin.name }));
      expect(exported.map((r) => r.action)).toEqual(["NOTE_ADDED"]);
      expect(JSON.stringify(exported)).not.toContain(tokenName);
      expect(JSON.stringify(exported)).not.toContain(admin.email);
    }
    expect((await listAuditEvents(admin, { actor: admin.email })).rows).toHaveLength(2);
  });
});
